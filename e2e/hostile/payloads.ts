/**
 * Hostile strings for the hostile-input browser test (e2e/hostile/hostile.spec.ts). Each one, if
 * it ever ran, calls `__pwned(<its number>)` (or opens a dialog, or retitles the page): the test
 * installs that trap before any page script and fails on any call. They go into article titles,
 * sources, URLs and text, through the real pipeline (e2e/hostile/dataset.ts).
 *
 * Kinds: `html` markup and event handlers; `breakout` strings that close an attribute, element,
 * comment or script (JSON) context first; `template` template-engine syntax; `url` schemes and
 * obfuscations of them (also used as article URLs); `unicode` look-alikes and invisible
 * characters; `css` style-borne script; `formula` spreadsheet formulas; `name` strings that
 * collide with JavaScript object keys.
 */
export type PayloadKind = "html" | "breakout" | "template" | "url" | "unicode" | "css" | "formula" | "name";

export interface Payload {
  /** 1-based, unique: the number `__pwned(n)` reports. */
  n: number;
  kind: PayloadKind;
  text: string;
}

type Make = (n: number) => string;

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
/** `__pwned(n)` written with HTML character references, for attributes. */
const entities = (s: string) => [...s].map((c) => `&#${c.codePointAt(0)};`).join("");

const HTML: Make[] = [
  (n) => `<script>__pwned(${n})</script>`,
  (n) => `<SCRIPT>__pwned(${n})</SCRIPT>`,
  (n) => `<script/x>__pwned(${n})</script>`,
  (n) => `<script src="data:text/javascript,__pwned(${n})"></script>`,
  (n) => `<scr<script>ipt>__pwned(${n})</scr</script>ipt>`,
  (n) => `<img src=x onerror=__pwned(${n})>`,
  (n) => `<img src="x" onerror="__pwned(${n})">`,
  (n) => `<img/src/onerror=__pwned(${n})>`,
  (n) => `<img src=x:x onerror=__pwned\`${n}\`>`,
  (n) => `<img src=x onerror="${entities(`__pwned(${n})`)}">`,
  (n) => `<img src=x onerror=eval(atob('${b64(`__pwned(${n})`)}'))>`,
  (n) => `<img src=x onerror=alert(${n})>`,
  (n) => `<img src=x onerror="document.title='pwned-${n}'">`,
  (n) => `<img src=x onerror="top.location='javascript:__pwned(${n})'">`,
  (n) => `<svg onload=__pwned(${n})>`,
  (n) => `<svg/onload=__pwned(${n})>`,
  (n) => `<svg onload=confirm(${n})></svg>`,
  (n) => `<svg><script>__pwned(${n})</script></svg>`,
  (n) => `<svg><animate onbegin=__pwned(${n}) attributeName=x dur=1s>`,
  (n) => `<svg><a xlink:href="javascript:__pwned(${n})"><text x="20" y="20">x</text></a></svg>`,
  (n) => `<svg><set attributeName="onmouseover" to="__pwned(${n})"/></svg>`,
  (n) => `<iframe srcdoc="<script>parent.__pwned(${n})</script>"></iframe>`,
  (n) => `<iframe src="javascript:parent.__pwned(${n})"></iframe>`,
  (n) => `<iframe src="data:text/html,<script>parent.__pwned(${n})</script>"></iframe>`,
  (n) => `<body onload=__pwned(${n})>`,
  (n) => `<body onpageshow=__pwned(${n})>`,
  (n) => `<details open ontoggle=__pwned(${n})>`,
  (n) => `<input autofocus onfocus=__pwned(${n})>`,
  (n) => `<select autofocus onfocus=__pwned(${n})></select>`,
  (n) => `<textarea autofocus onfocus=__pwned(${n})></textarea>`,
  (n) => `<xss id=x${n} tabindex=1 onfocus=__pwned(${n}) autofocus>`,
  (n) => `<video><source onerror=__pwned(${n})></video>`,
  (n) => `<audio src=x onerror=__pwned(${n})>`,
  (n) => `<object data="javascript:__pwned(${n})"></object>`,
  (n) => `<object data="data:text/html,<script>parent.__pwned(${n})</script>"></object>`,
  (n) => `<embed src="javascript:__pwned(${n})">`,
  (n) => `<a href="javascript:__pwned(${n})">click</a>`,
  (n) => `<a href="jAvAsCrIpT:__pwned(${n})">click</a>`,
  (n) => `<a href=javascript&#58;__pwned(${n})>click</a>`,
  (n) => `<form action="javascript:__pwned(${n})"><button>go</button></form>`,
  (n) => `<button formaction="javascript:__pwned(${n})">go</button>`,
  (n) => `<math><mtext><a href="javascript:__pwned(${n})">x</a></mtext></math>`,
  (n) => `<marquee onstart=__pwned(${n})>x</marquee>`,
  (n) => `<style onload=__pwned(${n})></style>`,
  (n) => `<link rel=stylesheet href="javascript:__pwned(${n})">`,
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:__pwned(${n})">`,
  (n) => `<base href="javascript:__pwned(${n})//">`,
  (n) => `<div onpointerenter=__pwned(${n})>hover me</div>`,
  (n) => `<noscript><p title="</noscript><img src=x onerror=__pwned(${n})>"></noscript>`,
  (n) => `<template><script>__pwned(${n})</script></template>`,
  (n) => `<script>prompt(${n})</script>`,
];

const BREAKOUT: Make[] = [
  (n) => `"><script>__pwned(${n})</script>`,
  (n) => `'><script>__pwned(${n})</script>`,
  (n) => `"><img src=x onerror=__pwned(${n})>`,
  (n) => `' onmouseover='__pwned(${n})`,
  (n) => `" onfocus="__pwned(${n})" autofocus="`,
  (n) => `" onerror="__pwned(${n})`,
  (n) => `</title><script>__pwned(${n})</script>`,
  (n) => `</textarea><script>__pwned(${n})</script>`,
  (n) => `</script><script>__pwned(${n})</script>`,
  (n) => `</script><img src=x onerror=__pwned(${n})>`,
  (n) => `</ScRiPt ><svg onload=__pwned(${n})>`,
  (n) => `--><script>__pwned(${n})</script>`,
  (n) => `]]><script>__pwned(${n})</script>`,
  (n) => `</style><script>__pwned(${n})</script>`,
  (n) => `</noscript><script>__pwned(${n})</script>`,
  (n) => `<!--<img src="--><img src=x onerror=__pwned(${n})//">`,
  (n) => `\u2028\u2029<script>__pwned(${n})</script>`,
  (n) => `"}]}</script><script>__pwned(${n})</script>`,
  (n) => `\\"});__pwned(${n});//`,
  (n) => `';__pwned(${n});//`,
  (n) => `"-__pwned(${n})-"`,
  (n) => `" content="0;url=javascript:__pwned(${n})" http-equiv="refresh`,
  (n) => `'"><svg/onload=__pwned(${n})>`,
  (n) => `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=__pwned(${n}) )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=__pwned(${n})//>\\x3e`,
];

const TEMPLATE: Make[] = [
  (n) => `{{constructor.constructor('__pwned(${n})')()}}`,
  (n) => `{{$on.constructor('__pwned(${n})')()}}`,
  (n) => `\${__pwned(${n})}`,
  (n) => `#{__pwned(${n})}`,
  (n) => `<%= __pwned(${n}) %>`,
  (n) => `<%- __pwned(${n}) %>`,
  (n) => `{{__pwned(${n})}}`,
  (n) => `{{{__pwned(${n})}}}`,
  (n) => `{{= __pwned(${n}) }}`,
  (n) => `{% __pwned(${n}) %}`,
  (n) => `*{__pwned(${n})}`,
  (n) => `{__pwned(${n})}`,
  (n) => `[[\${__pwned(${n})}]]`,
  (n) => `{{'a'.constructor.prototype.charAt=[].join;$eval('x=__pwned(${n})');}}`,
];

/** Also used as article URLs: none may become an href (e2e/hostile/dataset.ts). */
const URL_PAYLOADS: Make[] = [
  (n) => `javascript:__pwned(${n})`,
  (n) => `JaVaScRiPt:__pwned(${n})`,
  (n) => ` javascript:__pwned(${n})`,
  (n) => `java\tscript:__pwned(${n})`,
  (n) => `java\nscript:__pwned(${n})`,
  (n) => `java\rscript:__pwned(${n})`,
  (n) => `\u0001javascript:__pwned(${n})`,
  (n) => `&#106;avascript:__pwned(${n})`,
  (n) => `&#x6A;avascript:__pwned(${n})`,
  (n) => `javascript&colon;__pwned(${n})`,
  (n) => `jav&#x09;ascript:__pwned(${n})`,
  (n) => `%6Aavascript:__pwned(${n})`,
  (n) => `javascript://%0a__pwned(${n})`,
  (n) => `javascript:/*https://example.org*/__pwned(${n})`,
  (n) => `data:text/html,<script>__pwned(${n})</script>`,
  (n) => `data:text/html;base64,${b64(`<script>__pwned(${n})</script>`)}`,
  (n) => `vbscript:msgbox(${n})`,
  (n) => `file:///etc/passwd#${n}`,
  (n) => `blob:https://example.org/${n}`,
  (n) => `//evil.example/${n}`,
  (n) => `\\\\evil.example\\${n}`,
  (n) => `https:javascript:__pwned(${n})`,
  (n) => `https://user:pass@evil.example/${n}`,
  (n) => `https://example.org/"><script>__pwned(${n})</script>`,
  (n) => `https://example.org/?q=<img src=x onerror=__pwned(${n})>`,
];

const UNICODE: Make[] = [
  (n) => `＜script＞__pwned(${n})＜/script＞`,
  (n) => `\u202E<script>__pwned(${n})</script>`,
  (n) => `<scr\u200Bipt>__pwned(${n})</scr\u200Bipt>`,
  (n) => `\uFE64script\uFE65__pwned(${n})\uFE64/script\uFE65`,
  (n) => `\u003Cscript\u003E__pwned(${n})\u003C/script\u003E written as escapes`,
  (n) => `%3Cscript%3E__pwned(${n})%3C%2Fscript%3E`,
  (n) => `&lt;script&gt;__pwned(${n})&lt;/script&gt;`,
  (n) => `\\u003cscript\\u003e__pwned(${n})\\u003c/script\\u003e`,
  (n) => `ｊａｖａｓｃｒｉｐｔ：__pwned(${n})`,
  (n) => `<img src=x onerror=\u0061lert(${n})>`,
];

const CSS: Make[] = [
  (n) => `<div style="width:expression(__pwned(${n}))">x</div>`,
  (n) => `expression(__pwned(${n}))`,
  (n) => `<div style="background:url(javascript:__pwned(${n}))">x</div>`,
  (n) => `<style>@import 'javascript:__pwned(${n})';</style>`,
  (n) => `url("javascript:__pwned(${n})")`,
  (n) => `<link rel=import href="data:text/html,<script>__pwned(${n})</script>">`,
];

const FORMULA: Make[] = [
  (n) => `=HYPERLINK("javascript:__pwned(${n})","open")`,
  (n) => `+cmd|' /C calc'!A${n}`,
  (n) => `-2+3+cmd|' /C calc'!A${n}`,
  (n) => `@SUM(1+1)*cmd|' /C calc'!A${n}`,
  (n) => `\t=1+${n}`,
];

const NAME: Make[] = [() => "__proto__", () => "constructor", () => "hasOwnProperty", () => "toString"];

const GROUPS: Array<[PayloadKind, Make[]]> = [
  ["html", HTML],
  ["breakout", BREAKOUT],
  ["template", TEMPLATE],
  ["url", URL_PAYLOADS],
  ["unicode", UNICODE],
  ["css", CSS],
  ["formula", FORMULA],
  ["name", NAME],
];

export const PAYLOADS: readonly Payload[] = GROUPS.flatMap(([kind, makes]) => makes.map((make) => ({ kind, make }))).map(({ kind, make }, i) => ({
  n: i + 1,
  kind,
  text: make(i + 1),
}));
