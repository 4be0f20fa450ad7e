/**
 * A set of strings that answers "was this one new?", for the key check of a large valid table.
 * A Map of 200,000 freshly cut keys cost the one-pass reader a quarter of its time, mostly in the
 * garbage collector (a large old table pointing at young strings); here the table is a typed
 * array of positions, and the keys sit in one list in the order added.
 */
export class KeySet {
  #mask = 1023;
  #slots = new Int32Array(1024);
  #hashes: number[] = [];
  #keys: string[] = [];

  get size(): number {
    return this.#keys.length;
  }

  /** Add `key`: true when it was not in the set. */
  add(key: string): boolean {
    let h = key.length;
    for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
    h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
    h ^= h >>> 16;
    const slots = this.#slots;
    let i = h & this.#mask;
    for (let at = slots[i]!; at !== 0; at = slots[i]!) {
      if (this.#hashes[at - 1] === h && this.#keys[at - 1] === key) return false;
      i = (i + 1) & this.#mask;
    }
    this.#keys.push(key);
    this.#hashes.push(h);
    slots[i] = this.#keys.length;
    if (this.#keys.length * 2 > this.#mask) this.#grow();
    return true;
  }

  #grow(): void {
    const mask = this.#mask * 2 + 1;
    const slots = new Int32Array(mask + 1);
    for (let k = 0; k < this.#keys.length; k++) {
      let i = this.#hashes[k]! & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = k + 1;
    }
    this.#mask = mask;
    this.#slots = slots;
  }
}
