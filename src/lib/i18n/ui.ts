import zhCN from '../../i18n/zh-CN.json' with { type: 'json' };

export type UiKey = keyof typeof zhCN;
const dictionaries: Record<string, Record<UiKey, string>> = { 'zh-CN': zhCN };

/** An interface string, with `{name}` placeholders filled from `vars`. */
export function t(key: UiKey, vars: Record<string, string | number> = {}, locale = 'zh-CN'): string {
  const text = (dictionaries[locale] ?? zhCN)[key] ?? zhCN[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in vars ? String(vars[name]) : `{${name}}`));
}
