export { acquireLock, type LockHolder, type LockOptions } from './lock.ts';
