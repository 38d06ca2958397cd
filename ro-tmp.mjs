// ../../tmp/xl/readonly.ts
import { createReadStream } from "node:fs";

// src/errors.ts
var UsageError = class extends Error {
  constructor(messages, code = "usage") {
    super(messages.en);
    this.messages = messages;
    this.code = code;
    this.name = "UsageError";
  }
  messages;
  code;
  exitCode = 2;
};

// src/batch/csv.ts
var MAX_RECORD_CHARS = 1024 * 1024;
var MAX_RECORD_LINES = 1e4;
var RETRY_FREELY = 64 * 1024;

// src/claim/normalize.ts
var FULL_WIDTH = /[\uFF01-\uFF5E]/g;
var DASHES = /[\u2010-\u2013\u2212\uFE63]/g;
function hasWide(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 126) return true;
  }
  return false;
}
function halfWidth(text) {
  if (!hasWide(text)) return text;
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 65248)).replace(/\u3000/g, " ").replace(DASHES, "-");
}

// src/claim/aliases.ts
var SCHEME_WORDS = {
  employee: ["\u804C\u5DE5", "\u804C\u5DE5\u533B\u4FDD", "\u57CE\u9547\u804C\u5DE5", "\u57CE\u9547\u804C\u5DE5\u533B\u4FDD", "\u804C\u5DE5\u57FA\u672C\u533B\u7597\u4FDD\u9669", "\u804C\u5DE5\u57FA\u672C\u533B\u4FDD", "\u57CE\u9547\u804C\u5DE5\u57FA\u672C\u533B\u7597\u4FDD\u9669", "\u804C\u5DE5\u533B\u7597\u4FDD\u9669"],
  resident: ["\u5C45\u6C11", "\u5C45\u6C11\u533B\u4FDD", "\u57CE\u4E61\u5C45\u6C11", "\u57CE\u4E61\u5C45\u6C11\u533B\u4FDD", "\u57CE\u4E61\u5C45\u6C11\u57FA\u672C\u533B\u7597\u4FDD\u9669", "\u57CE\u4E61\u5C45\u6C11\u57FA\u672C\u533B\u4FDD", "\u57CE\u9547\u5C45\u6C11", "\u57CE\u9547\u5C45\u6C11\u533B\u4FDD", "\u5C45\u6C11\u533B\u7597\u4FDD\u9669", "\u65B0\u519C\u5408"]
};
var STATUS_WORDS = {
  active: ["\u5728\u804C", "\u5728\u804C\u4EBA\u5458", "\u5728\u804C\u804C\u5DE5", "\u5728\u5C97"],
  retired: ["\u9000\u4F11", "\u9000\u4F11\u4EBA\u5458", "\u9000\u4F11\u804C\u5DE5"]
};
var BENEFIT_WORDS = {
  outpatient: ["\u666E\u901A\u95E8\u8BCA", "\u95E8\u8BCA", "\u95E8\u8BCA\u7EDF\u7B79", "\u666E\u901A\u95E8\u8BCA\u7EDF\u7B79"],
  inpatient: ["\u4F4F\u9662"],
  chronic: ["\u95E8\u8BCA\u6162\u7279\u75C5", "\u6162\u7279\u75C5", "\u95E8\u8BCA\u6162\u6027\u75C5", "\u95E8\u8BCA\u7279\u6B8A\u75C5", "\u95E8\u8BCA\u6162\u7279\u6B8A\u75C5", "\u6162\u6027\u75C5", "\u95E8\u6162", "\u95E8\u7279"]
};
var TIER_WORDS = {
  "1": ["\u4E00\u7EA7", "\u4E00\u7EA7\u533B\u9662", "\u4E00\u7EA7\u533B\u7597\u673A\u6784", "\u4E00\u7EA7\u7532\u7B49", "\u4E00\u7532", "\u4E00\u7EA7\u4E59\u7B49", "\u4E00\u4E59", "\u4E00\u7EA7\u4E19\u7B49", "1\u7EA7"],
  "2": ["\u4E8C\u7EA7", "\u4E8C\u7EA7\u533B\u9662", "\u4E8C\u7EA7\u533B\u7597\u673A\u6784", "\u4E8C\u7EA7\u7532\u7B49", "\u4E8C\u7532", "\u4E8C\u7EA7\u4E59\u7B49", "\u4E8C\u4E59", "2\u7EA7"],
  "3": ["\u4E09\u7EA7", "\u4E09\u7EA7\u533B\u9662", "\u4E09\u7EA7\u533B\u7597\u673A\u6784", "\u4E09\u7EA7\u7532\u7B49", "\u4E09\u7532", "\u4E09\u7EA7\u4E59\u7B49", "\u4E09\u4E59", "\u4E09\u7EA7\u7279\u7B49", "3\u7EA7"],
  community: ["\u793E\u533A", "\u793E\u533A\u536B\u751F\u670D\u52A1\u7AD9", "\u793E\u533A\u536B\u751F\u670D\u52A1\u4E2D\u5FC3", "\u793E\u533A\u536B\u751F\u670D\u52A1\u673A\u6784", "\u793E\u533A\u533B\u9662", "\u793E\u533A\u536B\u751F\u9662"]
};
var RELATION_WORDS = {
  spouse: ["\u914D\u5076", "\u592B\u59BB", "\u59BB\u5B50", "\u4E08\u592B", "\u8001\u5A46", "\u8001\u516C", "\u7231\u4EBA", "\u59BB", "\u592B", "wife", "husband"],
  parent: ["\u7236\u6BCD", "\u7236\u4EB2", "\u6BCD\u4EB2", "\u7238\u7238", "\u5988\u5988", "\u7236", "\u6BCD", "father", "mother"],
  child: ["\u5B50\u5973", "\u513F\u5B50", "\u5973\u513F", "\u5B50", "\u5973", "son", "daughter"],
  sibling: ["\u5144\u5F1F\u59D0\u59B9", "\u5144\u5F1F", "\u59D0\u59B9", "\u54E5\u54E5", "\u59D0\u59D0", "\u5F1F\u5F1F", "\u59B9\u59B9", "brother", "sister"],
  grandparent: ["\u7956\u7236\u6BCD", "\u5916\u7956\u7236\u6BCD", "\u7237\u7237", "\u5976\u5976", "\u7956\u7236", "\u7956\u6BCD", "\u5916\u516C", "\u5916\u5A46", "\u59E5\u7237", "\u59E5\u59E5", "\u5916\u7956\u7236", "\u5916\u7956\u6BCD", "grandfather", "grandmother"],
  grandchild: ["\u5B59\u5B50\u5973", "\u5916\u5B59\u5B50\u5973", "\u5B59\u5B50", "\u5B59\u5973", "\u5916\u5B59", "\u5916\u5B59\u5973", "grandson", "granddaughter"]
};
var YES_NO_WORDS = {
  yes: ["\u662F", "\u8FBE\u5230", "\u5DF2\u8FBE\u5230", "\u6EE1", "\u5DF2\u6EE1", "y", "true", "1", "met"],
  no: ["\u5426", "\u672A\u8FBE\u5230", "\u6CA1\u8FBE\u5230", "\u672A\u6EE1", "\u4E0D\u6EE1", "n", "false", "0", "not_met"]
};
var CITY_WORDS = {
  suizhou: ["\u968F\u5DDE\u5E02", "\u968F\u5DDE", "Suizhou"],
  xianning: ["\u54B8\u5B81\u5E02", "\u54B8\u5B81", "Xianning"],
  hanzhong: ["\u6C49\u4E2D\u5E02", "\u6C49\u4E2D", "Hanzhong"],
  jiayu: ["\u5609\u9C7C\u53BF", "\u5609\u9C7C", "Jiayu County", "Jiayu"],
  weihai: ["\u5A01\u6D77\u5E02", "\u5A01\u6D77", "Weihai"]
};
var lookupKey = (word) => halfWidth(word).trim().toLowerCase();
function table(words) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const id of Object.keys(words)) {
    out[id] = id;
    for (const w of words[id]) out[lookupKey(w)] = id;
  }
  return out;
}
var SCHEME_ALIASES = table(SCHEME_WORDS);
var STATUS_ALIASES = table(STATUS_WORDS);
var BENEFIT_ALIASES = table(BENEFIT_WORDS);
var TIER_ALIASES = table(TIER_WORDS);
var RELATION_ALIASES = table(RELATION_WORDS);
var YES_NO_ALIASES = table(YES_NO_WORDS);
var CITY_ALIASES = table(CITY_WORDS);
var SHOWN = /* @__PURE__ */ new Map();
for (const [aliases, words] of [
  [SCHEME_ALIASES, SCHEME_WORDS],
  [STATUS_ALIASES, STATUS_WORDS],
  [BENEFIT_ALIASES, BENEFIT_WORDS],
  [TIER_ALIASES, TIER_WORDS],
  [RELATION_ALIASES, RELATION_WORDS],
  [YES_NO_ALIASES, YES_NO_WORDS],
  [CITY_ALIASES, CITY_WORDS]
]) {
  const list = Object.entries(words).map(([id, ws]) => {
    const zh = ws.filter((w) => /[^\x20-\x7e]/.test(w)).slice(0, 2);
    return zh.length > 0 ? `${id} (${zh.join(", ")})` : id;
  });
  SHOWN.set(aliases, list.join(", "));
}
function choices(table2) {
  const shown3 = SHOWN.get(table2);
  if (shown3 !== void 0) return shown3;
  return [...new Set(Object.values(table2))].join(", ");
}

// src/claim/fields.ts
var CLAIM_FIELDS = [
  "city",
  "date",
  "scheme",
  "status",
  "benefit",
  "tier",
  "amount",
  "out_of_scope",
  "ytd_deductible",
  "ytd_fund",
  "account",
  "family",
  "relation",
  "contribution",
  "contribution_years_met"
];
var MAX_FEN = 1e8 * 100;

// src/safe-text.ts
var UNSAFE_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function escapeChar(ch) {
  const code = ch.charCodeAt(0);
  return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function safeLine(text) {
  return text.replace(UNSAFE_LINE, escapeChar);
}

// src/excerpt.ts
var EXCERPT_MAX = 80;
var BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
function excerpt(text, max = EXCERPT_MAX) {
  const limit = 2 * max + 2;
  const head = text.length > limit ? text.slice(0, limit) : text;
  const line = safeLine(head.replace(BREAKS, " "));
  if (line.length <= max && head.length === text.length) return line;
  const chars = Array.from(line);
  if (chars.length <= max && head.length === text.length) return line;
  return `${chars.slice(0, max - 1).join("")}\u2026`;
}
function quoted(text, max = EXCERPT_MAX) {
  return `"${excerpt(text, max).replace(/"/g, '\\"')}"`;
}

// src/claim/parse.ts
var hint = (table2) => ({ zh: choices(table2), en: choices(table2) });
var SCHEME_HINT = hint(SCHEME_ALIASES);
var STATUS_HINT = hint(STATUS_ALIASES);
var TIER_HINT = hint(TIER_ALIASES);

// src/domain.ts
var TIERS = ["1", "2", "3", "community"];
var STATUSES = ["active", "retired"];

// src/claim/override.ts
var KEYS = [...STATUSES, ...TIERS];

// src/batch/columns.ts
var HEADER_ALIASES = {
  person_id: ["\u4EBA\u5458\u7F16\u53F7", "\u4E2A\u4EBA\u7F16\u53F7", "\u8EAB\u4EFD\u8BC1\u53F7", "\u8EAB\u4EFD\u8BC1\u53F7\u7801", "\u516C\u6C11\u8EAB\u4EFD\u53F7\u7801", "\u793E\u4F1A\u4FDD\u969C\u53F7", "\u793E\u4F1A\u4FDD\u969C\u53F7\u7801", "\u793E\u4FDD\u53F7", "\u793E\u4FDD\u5361\u53F7", "\u533B\u4FDD\u7F16\u53F7", "\u533B\u4FDD\u53F7", "\u53C2\u4FDD\u4EBA\u7F16\u53F7", "\u60A3\u8005\u7F16\u53F7", "\u75C5\u4EBA\u7F16\u53F7", "patient_id", "member_id", "insured_id", "id_number"],
  date: ["\u5C31\u8BCA\u65E5\u671F", "\u7ED3\u7B97\u65E5\u671F", "\u8D39\u7528\u53D1\u751F\u65E5\u671F", "\u5C31\u533B\u65E5\u671F", "\u5C31\u8BCA\u65F6\u95F4", "\u7ED3\u7B97\u65F6\u95F4", "\u53D1\u751F\u65E5\u671F", "\u65E5\u671F", "visit_date", "service_date"],
  city: ["\u57CE\u5E02", "\u53C2\u4FDD\u57CE\u5E02", "\u53C2\u4FDD\u5730", "\u7EDF\u7B79\u533A", "\u7EDF\u7B79\u5730\u533A", "\u533B\u4FDD\u7EDF\u7B79\u533A"],
  scheme: ["\u9669\u79CD", "\u53C2\u4FDD\u7C7B\u578B", "\u9669\u79CD\u7C7B\u578B", "\u533B\u4FDD\u7C7B\u578B", "\u53C2\u4FDD\u9669\u79CD", "\u4FDD\u9669\u7C7B\u578B", "insurance"],
  status: ["\u4EBA\u5458\u72B6\u6001", "\u4EBA\u5458\u7C7B\u522B", "\u5728\u804C\u9000\u4F11", "\u5728\u804C/\u9000\u4F11", "\u5728\u804C\u9000\u4F11\u72B6\u6001", "\u4EBA\u5458\u7C7B\u578B"],
  benefit: ["\u5F85\u9047\u7C7B\u578B", "\u533B\u7597\u7C7B\u522B", "\u5C31\u8BCA\u7C7B\u578B", "\u5C31\u533B\u7C7B\u578B", "\u5C31\u8BCA\u7C7B\u522B"],
  tier: ["\u533B\u9662\u7B49\u7EA7", "\u533B\u9662\u7EA7\u522B", "\u533B\u7597\u673A\u6784\u7B49\u7EA7", "\u533B\u7597\u673A\u6784\u7EA7\u522B", "\u673A\u6784\u7B49\u7EA7", "\u673A\u6784\u7EA7\u522B", "\u5B9A\u70B9\u533B\u7597\u673A\u6784\u7B49\u7EA7", "\u533B\u9662\u7B49\u6B21", "hospital_level", "facility_tier"],
  amount: ["\u603B\u8D39\u7528", "\u533B\u7597\u603B\u8D39\u7528", "\u8D39\u7528\u603B\u989D", "\u91D1\u989D", "\u603B\u91D1\u989D", "\u533B\u7597\u8D39\u7528\u603B\u989D", "\u533B\u7597\u8D39\u603B\u989D", "\u8D39\u7528\u5408\u8BA1", "total_cost", "total_amount"],
  out_of_scope: ["\u76EE\u5F55\u5916\u8D39\u7528", "\u5168\u81EA\u8D39", "\u81EA\u8D39\u91D1\u989D", "\u5168\u81EA\u8D39\u91D1\u989D", "\u81EA\u8D39\u8D39\u7528", "\u653F\u7B56\u8303\u56F4\u5916\u8D39\u7528", "\u8303\u56F4\u5916\u8D39\u7528", "\u76EE\u5F55\u5916\u91D1\u989D"],
  ytd_deductible: ["\u672C\u5E74\u5DF2\u7D2F\u8BA1\u8D77\u4ED8\u7EBF", "\u5DF2\u4ED8\u8D77\u4ED8\u7EBF", "\u7D2F\u8BA1\u8D77\u4ED8\u7EBF", "\u8D77\u4ED8\u7EBF\u7D2F\u8BA1", "\u672C\u5E74\u8D77\u4ED8\u7EBF\u7D2F\u8BA1", "\u5E74\u5EA6\u7D2F\u8BA1\u8D77\u4ED8\u7EBF"],
  ytd_fund: ["\u672C\u5E74\u57FA\u91D1\u5DF2\u652F\u4ED8", "\u7D2F\u8BA1\u7EDF\u7B79\u652F\u4ED8", "\u7EDF\u7B79\u7D2F\u8BA1\u652F\u4ED8", "\u672C\u5E74\u7EDF\u7B79\u7D2F\u8BA1", "\u5E74\u5EA6\u7D2F\u8BA1\u7EDF\u7B79\u652F\u4ED8", "\u672C\u5E74\u7EDF\u7B79\u5DF2\u652F\u4ED8"],
  account: ["\u4E2A\u4EBA\u8D26\u6237\u4F59\u989D", "\u4E2A\u8D26\u4F59\u989D", "\u8D26\u6237\u4F59\u989D", "\u4E2A\u4EBA\u8D26\u6237\u53EF\u7528\u4F59\u989D"],
  family: ["\u5BB6\u5EAD\u5171\u6D4E\u4F59\u989D", "\u5171\u6D4E\u8D26\u6237\u4F59\u989D", "\u5171\u6D4E\u4F59\u989D", "\u5BB6\u5EAD\u5171\u6D4E\u8D26\u6237\u4F59\u989D"],
  relation: ["\u4E0E\u8D26\u6237\u6301\u6709\u4EBA\u7684\u5173\u7CFB", "\u4E0E\u8D26\u6237\u6301\u6709\u4EBA\u5173\u7CFB", "\u4E0E\u6301\u5361\u4EBA\u5173\u7CFB", "\u4EB2\u5C5E\u5173\u7CFB", "\u5171\u6D4E\u5173\u7CFB", "\u5173\u7CFB"],
  contribution: ["\u7F34\u8D39\u57FA\u6570\u5360\u5E73\u5747\u5DE5\u8D44\u6BD4\u4F8B", "\u7F34\u8D39\u57FA\u6570\u6BD4\u4F8B", "\u7F34\u8D39\u57FA\u6570\u5360\u6BD4", "\u7F34\u8D39\u6863\u6B21\u6BD4\u4F8B"],
  contribution_years_met: ["\u662F\u5426\u8FBE\u5230\u89C4\u5B9A\u7F34\u8D39\u5E74\u9650", "\u662F\u5426\u8FBE\u5230\u7F34\u8D39\u5E74\u9650", "\u7F34\u8D39\u5E74\u9650\u662F\u5426\u8FBE\u5230", "\u8FBE\u5230\u7F34\u8D39\u5E74\u9650", "\u7F34\u8D39\u5E74\u9650\u8FBE\u6807"],
  reported_fund: ["\u7EDF\u7B79\u57FA\u91D1\u652F\u4ED8", "\u57FA\u91D1\u652F\u4ED8", "\u7EDF\u7B79\u652F\u4ED8", "\u7EDF\u7B79\u652F\u4ED8\u91D1\u989D", "\u57FA\u91D1\u652F\u4ED8\u91D1\u989D", "\u7EDF\u7B79\u57FA\u91D1\u652F\u4ED8\u91D1\u989D", "\u7533\u62A5\u57FA\u91D1\u652F\u4ED8"]
};
var COLUMN_FIELDS = ["person_id", "date", "city", ...CLAIM_FIELDS.filter((f) => f !== "city" && f !== "date"), "reported_fund"];
function headerKey(header) {
  return halfWidth(header).replace(/^\ufeff/, "").trim().replace(/^\*+/, "").replace(/\s*[([【][^)\]】]*[)\]】]\s*$/, "").toLowerCase().replace(/(?<=[a-z0-9])[\s-]+(?=[a-z0-9])/g, "_").replace(/\s+/g, "");
}
var ALIAS_RANK = /* @__PURE__ */ new Map();
for (const field of COLUMN_FIELDS) {
  ALIAS_RANK.set(headerKey(field), { field, rank: 0 });
  HEADER_ALIASES[field].forEach((alias, i) => {
    const key = headerKey(alias);
    if (!ALIAS_RANK.has(key)) ALIAS_RANK.set(key, { field, rank: i + 1 });
  });
}
function fieldOf(header) {
  return ALIAS_RANK.get(headerKey(header));
}
function mapColumns(header) {
  const best = /* @__PURE__ */ new Map();
  let duplicate;
  header.forEach((h, i) => {
    const hit = fieldOf(h);
    if (!hit) return;
    const now = best.get(hit.field);
    if (now && now.rank === hit.rank) duplicate ??= h.trim();
    if (!now || hit.rank < now.rank) best.set(hit.field, { i, rank: hit.rank });
  });
  const index = Object.fromEntries(COLUMN_FIELDS.map((f) => [f, best.get(f)?.i ?? -1]));
  const owner = new Map([...best].map(([f, b]) => [b.i, f]));
  const read = [];
  const ignored = [];
  header.forEach((h, i) => {
    const column = h.trim();
    const field = owner.get(i);
    if (field) read.push({ column, field });
    else if (column === "") return;
    else {
      const hit = fieldOf(h);
      ignored.push(hit ? { column, instead: header[index[hit.field]].trim() } : { column });
    }
  });
  return duplicate === void 0 ? { index, read, ignored } : { index, read, ignored, duplicate };
}

// src/batch/header.ts
var LOOK_AHEAD = 10;
var headerLike = (record) => mapColumns(record).read.length >= 2;

// src/batch/messages.ts
var MIB = `${MAX_RECORD_CHARS / 1024 / 1024} MiB`;
function unreadable(p) {
  if (p.kind === "too_long") return { zh: `\u8D85\u8FC7 ${MIB},\u4E0D\u4E88\u8BFB\u53D6`, en: `is longer than ${MIB} and was not read` };
  if (p.kind === "runaway_quote") {
    return {
      zh: `\u4E2D\u7684\u5F15\u53F7\u8D85\u8FC7 ${MAX_RECORD_LINES} \u884C\u6216 ${MIB} \u4ECD\u672A\u95ED\u5408(\u591A\u4F59\u7684\u5F15\u53F7?)`,
      en: `opens a quote still not closed after ${MAX_RECORD_LINES} lines or ${MIB} (a stray quote?)`
    };
  }
  return { zh: "\u4E2D\u7684\u5F15\u53F7\u76F4\u5230\u6587\u4EF6\u7ED3\u5C3E\u90FD\u672A\u95ED\u5408(\u591A\u4F59\u7684\u5F15\u53F7,\u6216\u6587\u4EF6\u4E0D\u5B8C\u6574?)", en: "opens a quote never closed before the end of the file (a stray quote, or a file cut short?)" };
}
var shown = (value) => quoted(value, 41);
var named = (file2) => safeLine(file2);
var batchMessages = {
  outOfOrder: (date, previous) => ({
    zh: `out_of_order:\u65E5\u671F ${date} \u65E9\u4E8E\u8BE5\u4EBA\u5458\u4E0A\u4E00\u884C\u7684\u65E5\u671F ${previous};\u884C\u4E0D\u4F1A\u88AB\u91CD\u65B0\u6392\u5E8F,\u8BF7\u6309\u65E5\u671F\u6392\u5217\u8BE5\u4EBA\u5458\u7684\u884C\u3002`,
    en: `out_of_order: ${date} is before this person's previous row (${previous}); rows are never reordered, put this person's rows in date order.`
  }),
  fieldCount: (got, want) => ({
    zh: `\u672C\u884C\u6709 ${got} \u4E2A\u503C,\u8868\u5934\u6709 ${want} \u5217\u3002`,
    en: `this row has ${got} values but the header has ${want} columns.`
  }),
  notJsonObject: () => ({ zh: "\u672C\u884C\u4E0D\u662F JSON \u5BF9\u8C61\u3002", en: "this line is not a JSON object." }),
  // JSON.parse's message quotes the line: cut and escaped like any cell
  badJson: (detail) => ({ zh: `\u672C\u884C\u4E0D\u662F\u6709\u6548\u7684 JSON(${excerpt(detail, 120)})\u3002`, en: `this line is not valid JSON (${excerpt(detail, 120)}).` }),
  tooDeep: () => ({ zh: "\u672C\u884C\u7684 JSON \u5D4C\u5957\u8FC7\u6DF1,\u65E0\u6CD5\u5904\u7406\u3002", en: "this line nests JSON too deeply to be processed." }),
  notText: (value) => ({ zh: `\u503C ${shown(value)} \u4E0D\u662F\u6587\u672C\u6216\u6570\u5B57\u3002`, en: `the value ${shown(value)} is not text or a number.` }),
  reportedMissing: () => ({ zh: "\u7F3A\u5C11\u7533\u62A5\u7684\u57FA\u91D1\u652F\u4ED8\u989D(reported_fund)\u3002", en: "the reported fund payment (reported_fund) is missing." }),
  reportedInvalid: (value) => ({
    zh: `\u7533\u62A5\u7684\u57FA\u91D1\u652F\u4ED8\u989D\u65E0\u6548:${shown(value)};\u5E94\u4E3A\u91D1\u989D,\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\u3002`,
    en: `invalid reported fund payment: ${shown(value)}; expected an amount in yuan with at most two decimals.`
  }),
  otherPolicy: (city, id, file2) => ({
    zh: `\u672C\u6B21\u4F7F\u7528\u653F\u7B56\u6587\u4EF6 ${named(file2)}(${id}),\u672C\u884C\u57CE\u5E02\u4E3A ${shown(city)}\u3002`,
    en: `this run uses the policy file ${named(file2)} (${id}), but the row names ${shown(city)}.`
  }),
  noReportedColumn: () => ({
    zh: "check \u9700\u8981 reported_fund \u5217(\u7533\u62A5\u7684\u57FA\u91D1\u652F\u4ED8\u989D)\u3002",
    en: "check needs a reported_fund column (the fund payment to compare with)."
  }),
  noHeader: (file2) => ({ zh: `${named(file2)}:\u6587\u4EF6\u4E3A\u7A7A,\u7F3A\u5C11\u8868\u5934\u884C\u3002`, en: `${named(file2)}: the file is empty; a header row is needed.` }),
  duplicateColumn: (name) => ({ zh: `\u8868\u5934\u4E2D\u7684\u5217 ${shown(name)} \u91CD\u590D\u3002`, en: `the header names the column ${shown(name)} twice.` }),
  unreadableHeader: (file2, p) => {
    const why = unreadable(p);
    return { zh: `${named(file2)}:\u8868\u5934\u884C${why.zh};\u8FD9\u4E0D\u50CF\u662F CSV \u6587\u4EF6(\u6216\u6587\u4EF6\u4E0D\u5B8C\u6574)\u3002`, en: `${named(file2)}: the header row ${why.en}; this does not look like a CSV file (or it is cut short).` };
  },
  longFirstLine: (file2, line) => ({
    zh: `${named(file2)}:\u7B2C ${line} \u884C\u8D85\u8FC7 ${MIB},\u4E0D\u4E88\u8BFB\u53D6;\u8FD9\u4E0D\u50CF\u662F JSONL \u6587\u4EF6\u3002`,
    en: `${named(file2)}: line ${line} is longer than ${MIB} and was not read; this does not look like a JSONL file.`
  }),
  longLine: (line) => ({ zh: `\u7B2C ${line} \u884C\u8D85\u8FC7 ${MIB},\u4E0D\u4E88\u8BFB\u53D6\u3002`, en: `line ${line} is longer than ${MIB} and was not read.` }),
  unreadableRow: (p) => {
    const why = unreadable(p);
    return { zh: `\u7B2C ${p.line} \u884C\u8D77\u7684\u8BB0\u5F55${why.zh};\u5DF2\u4ECE\u4E0B\u4E00\u884C\u7EE7\u7EED\u8BFB\u53D6\u3002`, en: `the record beginning on line ${p.line} ${why.en}; reading went on at the next line.` };
  },
  badEncoding: (file2, encoding, offset) => ({
    zh: `${named(file2)}:\u7B2C ${offset} \u5B57\u8282\u9644\u8FD1\u4E0D\u662F\u6709\u6548\u7684 ${encoding} \u6587\u672C${encoding === "utf-8" ? ";\u5982\u4E3A Excel \u5BFC\u51FA\u7684\u4E2D\u6587 CSV,\u8BF7\u52A0 --encoding gb18030" : ""}\u3002`,
    en: `${named(file2)}: not valid ${encoding} text near byte ${offset}${encoding === "utf-8" ? "; for a CSV saved by Excel on Chinese Windows, add --encoding gb18030" : ""}.`
  }),
  unreadable: (file2, code) => {
    const why = {
      ENOENT: { zh: "\u6587\u4EF6\u4E0D\u5B58\u5728", en: "no such file" },
      EACCES: { zh: "\u6CA1\u6709\u8BFB\u53D6\u6743\u9650", en: "permission denied" },
      EPERM: { zh: "\u6CA1\u6709\u8BFB\u53D6\u6743\u9650", en: "permission denied" }
    };
    const w = why[code];
    return w ? { zh: `\u65E0\u6CD5\u8BFB\u53D6 ${named(file2)}:${w.zh}(${code})\u3002`, en: `cannot read ${named(file2)}: ${w.en} (${code}).` } : { zh: `\u65E0\u6CD5\u8BFB\u53D6 ${named(file2)}(${code})\u3002`, en: `cannot read ${named(file2)} (${code}).` };
  },
  inputIsDirectory: (file2) => ({
    zh: `${named(file2)} \u662F\u76EE\u5F55,\u4E0D\u662F\u53EF\u8BFB\u53D6\u7684\u6587\u4EF6\u3002`,
    en: `${named(file2)} is a directory, not a file to read.`
  }),
  stdoutUnwritable: (code) => ({
    zh: `\u65E0\u6CD5\u5199\u5165\u6807\u51C6\u8F93\u51FA(${code}${code === "ENOSPC" ? ":\u78C1\u76D8\u5DF2\u6EE1" : ""}),\u8F93\u51FA\u4E0D\u5B8C\u6574;\u8BF7\u68C0\u67E5\u78C1\u76D8\u7A7A\u95F4,\u6216\u7528 --out \u5199\u5165\u6587\u4EF6\u3002`,
    en: `cannot write to standard output (${code}${code === "ENOSPC" ? ": no space left on device" : ""}); the output is incomplete. Check the disk, or write a file with --out.`
  }),
  outIsInput: (out, input) => ({
    zh: `--out ${named(out)} \u5C31\u662F\u8F93\u5165\u6587\u4EF6 ${named(input)}:\u5199\u5165\u4F1A\u8986\u76D6\u8981\u8BFB\u53D6\u7684\u7406\u8D54\u6570\u636E,\u672A\u5199\u5165\u4EFB\u4F55\u5185\u5BB9;\u8BF7\u6362\u4E00\u4E2A\u8F93\u51FA\u6587\u4EF6\u540D\u3002`,
    en: `--out ${named(out)} is the input file ${named(input)} itself: writing it would replace the claims being read. Nothing was written; choose another output file.`
  }),
  stdoutClosed: () => ({
    zh: "\u6807\u51C6\u8F93\u51FA\u5DF2\u5173\u95ED(>&-),\u7ED3\u679C\u65E0\u5904\u53EF\u5199;\u8BF7\u7528 --out \u6587\u4EF6,\u6216\u91CD\u5B9A\u5411\u5230\u6587\u4EF6\u3002",
    en: "standard output is closed (>&-), so the results would go nowhere; use --out FILE or redirect to a file."
  }),
  badOption: (flag, value, choices2) => ({
    zh: `${flag} \u65E0\u6548:${shown(value)};\u53EF\u9009:${choices2}\u3002`,
    en: `invalid ${flag} ${shown(value)}; expected ${choices2}.`
  }),
  unknownFormat: (file2) => ({
    zh: `\u65E0\u6CD5\u4ECE\u6587\u4EF6\u540D ${shown(file2)} \u5224\u65AD\u683C\u5F0F;\u8BF7\u52A0 --input-format xlsx\u3001csv\u3001tsv \u6216 jsonl\u3002`,
    en: `cannot tell the format of ${shown(file2)} from its name; add --input-format xlsx, csv, tsv or jsonl.`
  }),
  jsonlEncoding: () => ({
    zh: "--encoding \u53EA\u7528\u4E8E CSV/TSV;Excel \u5DE5\u4F5C\u7C3F\u548C JSONL(\u603B\u662F UTF-8)\u81EA\u5E26\u7F16\u7801\u3002",
    en: "--encoding applies to CSV and TSV only; an Excel workbook and JSONL (always UTF-8) carry their own."
  }),
  errorCell: (error) => ({ zh: `\u5355\u5143\u683C\u663E\u793A Excel \u9519\u8BEF ${shown(error)},\u6CA1\u6709\u53EF\u8BFB\u7684\u503C\u3002`, en: `the cell shows the Excel error ${shown(error)}, not a value.` }),
  formulaNoValue: () => ({
    zh: "\u5355\u5143\u683C\u662F\u516C\u5F0F,\u4F46\u6587\u4EF6\u4E2D\u6CA1\u6709\u4FDD\u5B58\u8BA1\u7B97\u7ED3\u679C;\u8BF7\u5728 Excel \u4E2D\u6253\u5F00\u5E76\u4FDD\u5B58,\u6216\u76F4\u63A5\u586B\u5199\u6570\u503C\u3002",
    en: "the cell holds a formula whose result was never saved in the file; open and save it in Excel, or type the value."
  }),
  beyondHeader: (col, width) => ({
    zh: `\u7B2C ${col} \u5217\u6709\u503C,\u4F46\u8868\u5934\u53EA\u6709 ${width} \u5217,\u8FD9\u4E00\u5217\u6CA1\u6709\u5217\u540D\u3002`,
    en: `column ${col} has a value, but the header has only ${width} columns, so it has no name.`
  }),
  notXlsx: (file2, detail) => ({
    zh: `${shown(file2)} \u4E0D\u662F\u53EF\u8BFB\u53D6\u7684 Excel \u5DE5\u4F5C\u7C3F(.xlsx):${shown(detail)}\u3002\u65E7\u7684 .xls \u8BF7\u5148\u5728 Excel \u4E2D\u53E6\u5B58\u4E3A .xlsx \u6216 CSV\u3002`,
    en: `${shown(file2)} is not a readable Excel workbook (.xlsx): ${shown(detail)}. Save an old .xls as .xlsx or CSV in Excel first.`
  }),
  noSheet: (file2, sheet, names) => ({
    zh: sheet === void 0 ? `${shown(file2)} \u4E2D\u6CA1\u6709\u5DE5\u4F5C\u8868\u3002` : `${shown(file2)} \u4E2D\u6CA1\u6709\u540D\u4E3A ${shown(sheet)} \u7684\u5DE5\u4F5C\u8868;\u6709:${names.map((n2) => shown(n2)).join("\u3001") || "(\u65E0)"}\u3002`,
    en: sheet === void 0 ? `${shown(file2)} has no worksheet.` : `${shown(file2)} has no sheet named ${shown(sheet)}; it has ${names.map((n2) => shown(n2)).join(", ") || "(none)"}.`
  }),
  otherSheets: (sheets) => ({
    zh: `\u5DE5\u4F5C\u7C3F\u6709 ${sheets.length} \u4E2A\u5DE5\u4F5C\u8868(${sheets.map((n2) => shown(n2)).join("\u3001")}),\u9ED8\u8BA4\u8BFB\u53D6\u7B2C\u4E00\u4E2A;\u8BF7\u7528 --sheet \u6307\u5B9A\u8D39\u7528\u660E\u7EC6\u6240\u5728\u7684\u5DE5\u4F5C\u8868\u3002`,
    en: `the workbook has ${sheets.length} sheets (${sheets.map((n2) => shown(n2)).join(", ")}) and the first is read by default; name the sheet of claims with --sheet.`
  }),
  xlsxToTerminal: () => ({
    zh: "Excel \u5DE5\u4F5C\u7C3F\u4E0D\u80FD\u76F4\u63A5\u8F93\u51FA\u5230\u7EC8\u7AEF;\u8BF7\u7528 --out \u7ED3\u679C.xlsx,\u6216 --output-format csv\u3002",
    en: "an Excel workbook cannot be written to a terminal; use --out results.xlsx, or --output-format csv."
  }),
  interrupted: (file2) => file2 ? { zh: "\u5DF2\u4E2D\u65AD,\u672A\u5199\u51FA\u8F93\u51FA\u6587\u4EF6\u3002", en: "Interrupted; no output file was written." } : { zh: "\u5DF2\u4E2D\u65AD,\u672A\u8F93\u51FA\u4EFB\u4F55\u7ED3\u679C\u3002", en: "Interrupted; nothing was written." },
  interruptedStdout: (rows) => ({
    zh: `\u5DF2\u4E2D\u65AD:\u6807\u51C6\u8F93\u51FA\u4E0A\u7684\u7ED3\u679C\u4E0D\u5B8C\u6574,\u53EA\u6709\u8F93\u5165\u7684\u524D ${rows} \u884C\u7684\u7ED3\u679C\u3002`,
    en: `Interrupted: the output on standard output is incomplete; it holds the results of only the first ${rows} row${rows === 1 ? "" : "s"} of the input.`
  })
};

// src/batch/xlsx-parts.ts
import { posix } from "node:path";

// src/batch/xlsx-xml.ts
import { SaxesParser } from "saxes";
var XmlRefused = class extends Error {
  constructor(reason, detail = reason) {
    super(detail);
    this.reason = reason;
    this.name = "XmlRefused";
  }
  reason;
};
var localName = (name) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};
var BoundedXml = class {
  // characters given to the parser since its last event (at most one chunk more)
  constructor(handlers, limit) {
    this.handlers = handlers;
    this.limit = limit;
    const p = this.parser;
    p.on("opentag", (tag) => {
      this.events++;
      handlers.open(localName(tag.name), tag.attributes);
    });
    p.on("closetag", (tag) => {
      this.events++;
      handlers.close(localName(tag.name));
    });
    p.on("text", (text) => {
      this.events++;
      handlers.text(text);
    });
    p.on("cdata", (text) => {
      this.events++;
      handlers.text(text);
    });
    p.on("doctype", () => {
      throw new XmlRefused("doctype");
    });
    p.on("error", (error) => {
      throw new XmlRefused("broken", error.message);
    });
  }
  handlers;
  limit;
  parser = new SaxesParser({ position: false });
  inText = true;
  // between a '>' and the next '<'
  run = 0;
  // characters of the current text run given to the parser
  skipping = false;
  events = 0;
  pending = 0;
  /** The next piece of the part's text. */
  write(chunk) {
    let start = 0;
    let i = 0;
    while (i < chunk.length) {
      if (this.inText) {
        const lt = chunk.indexOf("<", i);
        const end = lt < 0 ? chunk.length : lt;
        if (this.skipping) start = end;
        else if (this.run + (end - i) > this.limit) {
          this.feed(chunk.slice(start, i + (this.limit - this.run)));
          this.skipping = true;
          start = end;
          this.handlers.long();
        } else this.run += end - i;
        if (lt < 0) break;
        this.inText = false;
        this.skipping = false;
        this.run = 0;
        i = lt;
      } else {
        const gt = chunk.indexOf(">", i);
        if (gt < 0) break;
        this.inText = true;
        i = gt + 1;
      }
    }
    this.feed(start === 0 ? chunk : chunk.slice(start));
  }
  /** The end of the part: the parser checks that every element was closed. */
  close() {
    this.parser.close();
  }
  feed(text) {
    if (text === "") return;
    const before = this.events;
    this.parser.write(text);
    this.pending = this.events === before ? this.pending + text.length : 0;
    if (this.pending > 2 * this.limit) throw new XmlRefused("too_long");
  }
};
async function parseXml(chunks, handlers, limit, signal) {
  const xml = new BoundedXml(handlers, limit);
  for await (const chunk of chunks) {
    signal?.throwIfAborted();
    xml.write(chunk);
  }
  xml.close();
}

// src/batch/xlsx-messages.ts
var MIB2 = `${MAX_RECORD_CHARS / 1024 / 1024} MiB`;
var shown2 = (value) => quoted(value, 41);
var named2 = (file2) => safeLine(file2);
var mb = (bytes) => `${Math.round(bytes / 1024 / 1024).toLocaleString("en")} MB`;
var SAVE_AS = { zh: "\u8BF7\u5728 Excel \u4E2D\u6253\u5F00\u5E76\u53E6\u5B58\u4E3A .xlsx \u6216 CSV \u540E\u518D\u8BD5\u3002", en: "Open it in Excel and save it as .xlsx or CSV, then try again." };
var looksLikeText = (head) => head.length > 0 && new TextDecoder("utf-8", { fatal: false }).decode(head.subarray(0, 256)).split("").every((c) => c >= " " || c === "	" || c === "\n" || c === "\r" || c === "\uFEFF" || c === "\uFFFD");
var xlsxMessages = {
  notZip: (file2, head) => looksLikeText(head) ? {
    zh: `${named2(file2)} \u4E0D\u662F Excel \u5DE5\u4F5C\u7C3F(.xlsx),\u800C\u662F\u6587\u672C\u6587\u4EF6;\u5982\u679C\u5B83\u662F CSV,\u8BF7\u52A0 --input-format csv\u3002`,
    en: `${named2(file2)} is not an Excel workbook (.xlsx) but a text file; if it is CSV, add --input-format csv.`
  } : head.length === 0 ? { zh: `${named2(file2)} \u662F\u7A7A\u6587\u4EF6,\u4E0D\u662F Excel \u5DE5\u4F5C\u7C3F(.xlsx)\u3002`, en: `${named2(file2)} is empty, not an Excel workbook (.xlsx).` } : { zh: `${named2(file2)} \u4E0D\u662F Excel \u5DE5\u4F5C\u7C3F(.xlsx \u662F zip \u6587\u4EF6,\u6B64\u6587\u4EF6\u4E0D\u662F)\u3002${SAVE_AS.zh}`, en: `${named2(file2)} is not an Excel workbook (an .xlsx is a zip file; this is not). ${SAVE_AS.en}` },
  oldFormat: (file2) => ({
    zh: `${named2(file2)} \u662F\u65E7\u683C\u5F0F\u7684 Excel \u6587\u4EF6(.xls)\u6216\u5176\u4ED6 Office \u6587\u4EF6,\u4E0D\u662F .xlsx\u3002${SAVE_AS.zh}`,
    en: `${named2(file2)} is an old-format Excel file (.xls) or another Office file, not an .xlsx. ${SAVE_AS.en}`
  }),
  encrypted: (file2) => ({
    zh: `${named2(file2)} \u662F\u8BBE\u4E86\u6253\u5F00\u5BC6\u7801\u7684\u5DE5\u4F5C\u7C3F,\u65E0\u6CD5\u8BFB\u53D6;\u8BF7\u5728 Excel \u4E2D\u6253\u5F00,\u5728"\u6587\u4EF6 \u2192 \u4FE1\u606F \u2192 \u4FDD\u62A4\u5DE5\u4F5C\u7C3F \u2192 \u7528\u5BC6\u7801\u8FDB\u884C\u52A0\u5BC6"\u4E2D\u6E05\u7A7A\u5BC6\u7801\u5E76\u4FDD\u5B58,\u518D\u8BD5\u3002`,
    en: `${named2(file2)} is a password-protected workbook and cannot be read; open it in Excel, clear the password (File \u2192 Info \u2192 Protect Workbook \u2192 Encrypt with Password), save, and try again.`
  }),
  damaged: (file2, why) => ({
    zh: `${named2(file2)} \u5DF2\u635F\u574F\u6216\u4E0D\u5B8C\u6574(${why.zh}),\u65E0\u6CD5\u8BFB\u53D6\u3002${SAVE_AS.zh}`,
    en: `${named2(file2)} is damaged or incomplete (${why.en}) and cannot be read. ${SAVE_AS.en}`
  }),
  notWorkbook: (file2) => ({
    zh: `${named2(file2)} \u662F zip \u6587\u4EF6,\u4F46\u4E0D\u662F Excel \u5DE5\u4F5C\u7C3F(\u5176\u4E2D\u6CA1\u6709\u5DE5\u4F5C\u7C3F\u90E8\u4EF6 xl/workbook.xml)\u3002`,
    en: `${named2(file2)} is a zip file but not an Excel workbook (it has no workbook part, xl/workbook.xml).`
  }),
  missingPart: (file2, part) => ({
    zh: `${named2(file2)} \u5DF2\u635F\u574F:\u7F3A\u5C11\u90E8\u4EF6 ${shown2(part)}\u3002${SAVE_AS.zh}`,
    en: `${named2(file2)} is damaged: the part ${shown2(part)} is missing. ${SAVE_AS.en}`
  }),
  zipBomb: (file2, part, size, compressed) => ({
    zh: `${named2(file2)} \u4E2D\u7684 ${shown2(part)} \u89E3\u538B\u540E\u6709 ${mb(size)},\u662F\u538B\u7F29\u540E\u5927\u5C0F\u7684 ${Math.round(size / Math.max(compressed, 1)).toLocaleString("en")} \u500D(\u4E0A\u9650 100 \u500D):\u8FD9\u4E0D\u50CF Excel \u4FDD\u5B58\u7684\u6587\u4EF6(zip \u70B8\u5F39?),\u4E0D\u4E88\u8BFB\u53D6\u3002`,
    en: `${named2(file2)}: ${shown2(part)} would inflate to ${mb(size)}, ${Math.round(size / Math.max(compressed, 1)).toLocaleString("en")} times its compressed size (the limit is 100): not a file Excel saves (a zip bomb?), so it is not read.`
  }),
  tooManyEntries: (file2, limit) => ({
    zh: `${named2(file2)} \u4E2D\u7684\u6587\u4EF6\u8D85\u8FC7 ${limit.toLocaleString("en")} \u4E2A,\u4E0D\u50CF Excel \u5DE5\u4F5C\u7C3F,\u4E0D\u4E88\u8BFB\u53D6\u3002`,
    en: `${named2(file2)} holds more than ${limit.toLocaleString("en")} files: not an Excel workbook, so it is not read.`
  }),
  pipedTooLarge: (file2, limit) => ({
    zh: `\u4ECE\u7BA1\u9053\u8BFB\u53D6\u7684\u5DE5\u4F5C\u7C3F ${named2(file2)} \u8D85\u8FC7 ${mb(limit)}(\u7BA1\u9053\u4E2D\u7684\u5DE5\u4F5C\u7C3F\u987B\u6574\u4E2A\u8BFB\u5165\u5185\u5B58);\u8BF7\u76F4\u63A5\u7ED9\u51FA\u6587\u4EF6\u8DEF\u5F84\u3002`,
    en: `the workbook read from ${named2(file2)} is larger than ${mb(limit)} (a workbook from a pipe is held in memory); give its path instead.`
  }),
  badPart: (file2, part, detail) => ({
    zh: `${named2(file2)} \u7684 ${shown2(part)} \u4E0D\u662F\u6709\u6548\u7684 XML(${shown2(detail)})\u3002${SAVE_AS.zh}`,
    en: `${named2(file2)}: ${shown2(part)} is not valid XML (${shown2(detail)}). ${SAVE_AS.en}`
  }),
  longMarkup: (file2, part) => ({
    zh: `${named2(file2)} \u7684 ${shown2(part)} \u4E2D\u6709\u8D85\u8FC7 ${MIB2} \u7684\u6807\u8BB0(\u4E0D\u662F\u8868\u683C\u7684\u6587\u672C),\u8FD9\u4E0D\u50CF Excel \u4FDD\u5B58\u7684\u6587\u4EF6,\u4E0D\u4E88\u8BFB\u53D6\u3002`,
    en: `${named2(file2)}: ${shown2(part)} holds a piece of markup (not a cell's text) longer than ${MIB2}: not a file Excel saves, so it is not read.`
  }),
  doctype: (file2, part) => ({
    zh: `${named2(file2)} \u7684 ${shown2(part)} \u542B\u6709 DOCTYPE \u58F0\u660E,Excel \u5DE5\u4F5C\u7C3F\u4E2D\u4E0D\u4F1A\u6709,\u4E0D\u4E88\u8BFB\u53D6\u3002`,
    en: `${named2(file2)}: ${shown2(part)} has a DOCTYPE declaration, which no Excel workbook has; it is not read.`
  }),
  notWorksheet: (file2, sheet, worksheets) => ({
    zh: `${named2(file2)} \u7684\u5DE5\u4F5C\u8868 ${shown2(sheet)} \u662F\u56FE\u8868\u6216\u5BF9\u8BDD\u6846,\u4E0D\u662F\u6570\u636E\u8868;\u8BF7\u7528 --sheet \u6307\u5B9A\u8D39\u7528\u660E\u7EC6\u6240\u5728\u7684\u5DE5\u4F5C\u8868(\u6570\u636E\u8868:${worksheets.map(shown2).join("\u3001") || "\u65E0"})\u3002`,
    en: `${named2(file2)}: the sheet ${shown2(sheet)} is a chart or dialog, not a table; name the sheet of claims with --sheet (tables: ${worksheets.map(shown2).join(", ") || "none"}).`
  }),
  rowBeyond: (file2, row) => ({
    zh: `${named2(file2)} \u7684\u5DE5\u4F5C\u8868\u6709\u7B2C ${row.toLocaleString("en")} \u884C,\u8D85\u51FA Excel \u7684\u6700\u5927\u884C\u6570 1,048,576,\u4E0D\u662F Excel \u80FD\u4FDD\u5B58\u7684\u5DE5\u4F5C\u7C3F\u3002`,
    en: `${named2(file2)}: the sheet has a row ${row.toLocaleString("en")}, beyond Excel's last row (1,048,576): not a workbook Excel can save.`
  }),
  cellBeyond: (file2, ref) => ({
    zh: `${named2(file2)} \u7684\u5DE5\u4F5C\u8868\u6709\u5355\u5143\u683C ${shown2(ref)},\u8D85\u51FA Excel \u7684\u8303\u56F4(\u6700\u591A 16,384 \u5217),\u4E0D\u662F Excel \u80FD\u4FDD\u5B58\u7684\u5DE5\u4F5C\u7C3F\u3002`,
    en: `${named2(file2)}: the sheet has a cell ${shown2(ref)}, beyond Excel's columns (16,384 at most): not a workbook Excel can save.`
  }),
  tooManyStrings: (file2, limit) => ({
    zh: `${named2(file2)} \u7684\u5171\u4EAB\u5B57\u7B26\u4E32\u8868\u8D85\u8FC7 ${limit},\u4E0D\u4E88\u8BFB\u53D6;\u8BF7\u628A\u5DE5\u4F5C\u8868\u53E6\u5B58\u4E3A CSV\u3002`,
    en: `${named2(file2)}: the shared strings table is larger than ${limit} and is not read; save the sheet as CSV.`
  }),
  tooManyStyles: (file2, limit) => ({
    zh: `${named2(file2)} \u7684\u5355\u5143\u683C\u683C\u5F0F\u8D85\u8FC7 ${limit.toLocaleString("en")} \u4E2A,\u4E0D\u50CF Excel \u5DE5\u4F5C\u7C3F,\u4E0D\u4E88\u8BFB\u53D6\u3002`,
    en: `${named2(file2)} has more than ${limit.toLocaleString("en")} cell formats: not an Excel workbook, so it is not read.`
  }),
  longRow: (row) => ({
    zh: `\u5DE5\u4F5C\u8868\u7B2C ${row.toLocaleString("en")} \u884C\u7684\u6587\u672C\u8D85\u8FC7 ${MIB2},\u4E0D\u4E88\u8BFB\u53D6;\u5DF2\u4ECE\u4E0B\u4E00\u884C\u7EE7\u7EED\u8BFB\u53D6\u3002`,
    en: `row ${row.toLocaleString("en")} of the sheet holds more than ${MIB2} of text and was not read; reading went on at the next row.`
  }),
  longHeader: (file2, row) => ({
    zh: `${named2(file2)}:\u5DE5\u4F5C\u8868\u7B2C ${row.toLocaleString("en")} \u884C(\u8868\u5934\u6216\u5176\u4E0A\u65B9)\u7684\u6587\u672C\u8D85\u8FC7 ${MIB2},\u4E0D\u4E88\u8BFB\u53D6\u3002`,
    en: `${named2(file2)}: row ${row.toLocaleString("en")} of the sheet (the header or above it) holds more than ${MIB2} of text and was not read.`
  }),
  missingString: (index) => ({
    zh: `\u5355\u5143\u683C\u5F15\u7528\u7B2C ${index} \u4E2A\u5171\u4EAB\u5B57\u7B26\u4E32,\u4F46\u5DE5\u4F5C\u7C3F\u4E2D\u6CA1\u6709(\u6587\u4EF6\u5DF2\u635F\u574F?)\u3002`,
    en: `the cell refers to shared string ${index}, which the workbook does not have (a damaged file?).`
  }),
  badNumber: (value) => ({ zh: `\u6570\u503C\u5355\u5143\u683C\u7684\u503C ${shown2(value)} \u4E0D\u662F\u6570\u5B57\u3002`, en: `the number cell holds ${shown2(value)}, not a number.` })
};
function damageReason(error) {
  const m = error.message;
  if (/end of central directory record signature not found/i.test(m)) return { zh: "\u6587\u4EF6\u672B\u5C3E\u6CA1\u6709 zip \u76EE\u5F55,\u53EF\u80FD\u88AB\u622A\u65AD", en: "no zip directory at its end: cut short?" };
  if (/unexpected EOF|too few bytes|truncated|premature/i.test(m)) return { zh: "\u6587\u4EF6\u5728\u4E2D\u9014\u7ED3\u675F", en: "it ends part-way" };
  if (/too many bytes|exceeds? .*size/i.test(m)) return { zh: "\u90E8\u4EF6\u89E3\u538B\u540E\u7684\u5927\u5C0F\u4E0E\u76EE\u5F55\u4E0D\u7B26", en: "a part inflates to more than its directory says" };
  if (error instanceof TypeError && /encoded data was not valid/i.test(m)) return { zh: "\u90E8\u4EF6\u4E0D\u662F UTF-8 \u6587\u672C", en: "a part is not UTF-8 text" };
  return { zh: safeLine(m).slice(0, 120), en: safeLine(m).slice(0, 120) };
}

// src/batch/xlsx-parts.ts
var onOpen = (open2) => ({ open: open2, close() {
}, text() {
}, long() {
} });
async function readRels(pkg, part) {
  const dir = posix.dirname(part);
  const file2 = posix.join(dir, "_rels", `${posix.basename(part)}.rels`).replace(/^\.\//, "");
  const rels = /* @__PURE__ */ new Map();
  if (!pkg.has(file2)) return rels;
  await parseXml(
    pkg.text(file2),
    onOpen((name, a) => {
      if (name !== "Relationship" || a.Id === void 0 || a.Target === void 0 || a.TargetMode === "External") return;
      const target = a.Target.startsWith("/") ? a.Target.slice(1) : posix.normalize(posix.join(dir === "." ? "" : dir, a.Target));
      rels.set(a.Id, { type: (a.Type ?? "").split("/").pop() ?? "", target });
    }),
    MAX_RECORD_CHARS
  );
  return rels;
}
async function readWorkbook(pkg, part) {
  const sheets = [];
  let date1904 = false;
  await parseXml(
    pkg.text(part),
    onOpen((name, a) => {
      if (name === "sheet" && sheets.length < MAX_SHEETS) sheets.push({ name: a.name ?? "", rid: a["r:id"] ?? a.id ?? "" });
      else if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
    }),
    MAX_RECORD_CHARS
  );
  return { sheets, date1904 };
}
var MAX_SHEETS = 1e4;
var MAX_STYLES = 1 << 20;
var BUILTIN_DATES = /* @__PURE__ */ new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
function isDateFormat(code) {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "").replace(/\\./g, ""));
}
async function readDateStyles(pkg, part) {
  if (part === void 0 || !pkg.has(part)) return new Uint8Array(0);
  const custom = /* @__PURE__ */ new Map();
  const ids = [];
  let inCellXfs = false;
  await parseXml(
    pkg.text(part),
    {
      open(name, a) {
        if (name === "numFmt") custom.set(Number(a.numFmtId), isDateFormat(a.formatCode ?? ""));
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) {
          if (ids.length >= MAX_STYLES) throw new UsageError(xlsxMessages.tooManyStyles(pkg.name, MAX_STYLES), "bad_xlsx");
          ids.push(Number(a.numFmtId ?? 0));
        }
      },
      close(name) {
        if (name === "cellXfs") inCellXfs = false;
      },
      text() {
      },
      long() {
      }
    },
    MAX_RECORD_CHARS
  );
  return Uint8Array.from(ids, (id) => custom.get(id) ?? BUILTIN_DATES.has(id) ? 1 : 0);
}
var unescapeXstring = (text) => text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))) : text;
var BLOCK = 4 * 1024 * 1024;
var MAX_STRING_BYTES = 128 * 1024 * 1024;
var MAX_STRINGS = 8 * 1024 * 1024;
var TOO_LONG = 4294967295;
var LONG_STRING = /* @__PURE__ */ Symbol("too long");
var SharedStrings = class {
  constructor(file2) {
    this.file = file2;
  }
  file;
  blocks = [];
  used = BLOCK;
  // bytes used in the last block (none yet: the next string opens one)
  where = new Uint32Array(2 * 1024);
  // per string: block << 22 | offset, byte length
  bytes = 0;
  count = 0;
  add(text) {
    if (this.count >= MAX_STRINGS) throw new UsageError(xlsxMessages.tooManyStrings(this.file, `${MAX_STRINGS.toLocaleString("en")} strings`), "too_large");
    if (2 * this.count + 2 > this.where.length) {
      const grown = new Uint32Array(this.where.length * 2);
      grown.set(this.where);
      this.where = grown;
    }
    const i = 2 * this.count++;
    if (text === LONG_STRING) {
      this.where[i + 1] = TOO_LONG;
      return;
    }
    const size = Buffer.byteLength(text);
    this.bytes += size;
    if (this.bytes > MAX_STRING_BYTES) throw new UsageError(xlsxMessages.tooManyStrings(this.file, `${MAX_STRING_BYTES / 1024 / 1024} MiB`), "too_large");
    if (this.used + size > BLOCK) {
      this.blocks.push(Buffer.allocUnsafe(BLOCK));
      this.used = 0;
    }
    const block = this.blocks.length - 1;
    this.blocks[block].write(text, this.used, "utf8");
    this.where[i] = block << 22 | this.used;
    this.where[i + 1] = size;
    this.used += size;
  }
  /** String `index`; LONG_STRING; undefined when the table has no such string. */
  get(index) {
    if (!(index >= 0 && index < this.count)) return void 0;
    const size = this.where[2 * index + 1];
    if (size === TOO_LONG) return LONG_STRING;
    const at = this.where[2 * index];
    const offset = at & BLOCK - 1;
    return this.blocks[at >>> 22].toString("utf8", offset, offset + size);
  }
};
async function readSharedStrings(pkg, part) {
  const table2 = new SharedStrings(pkg.name);
  if (part === void 0 || !pkg.has(part)) return table2;
  let text = "";
  let long = false;
  let inT = false;
  let phonetic = 0;
  await parseXml(
    pkg.text(part),
    {
      open(name) {
        if (name === "si") {
          text = "";
          long = false;
        } else if (name === "t") inT = phonetic === 0;
        else if (name === "rPh") phonetic++;
      },
      close(name) {
        if (name === "t") inT = false;
        else if (name === "rPh") phonetic--;
        else if (name === "si") {
          table2.add(long ? LONG_STRING : unescapeXstring(text));
          text = "";
        }
      },
      text(t2) {
        if (!inT || long) return;
        if (text.length + t2.length > MAX_RECORD_CHARS) {
          long = true;
          text = "";
        } else text += t2;
      },
      long() {
        if (inT) {
          long = true;
          text = "";
        }
      }
    },
    MAX_RECORD_CHARS
  );
  return table2;
}

// src/batch/xlsx-sheet.ts
var EXCEL_ROWS = 1048576;
var EXCEL_COLUMNS = 16384;
var pad = (n2) => String(n2).padStart(2, "0");
function dateText(d) {
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const [h, m, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  return h === 0 && m === 0 && s === 0 ? day : `${day} ${pad(h)}:${pad(m)}:${pad(s)}`;
}
var numberText = (n2) => String(Number(n2.toPrecision(15)));
function serialText(serial, date1904) {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 864e5));
  return Number.isNaN(d.getTime()) || d.getUTCFullYear() > 9999 ? numberText(serial) : dateText(d);
}
function isoText(v) {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(v.trim());
  if (!m) return v;
  const [, day, h = "00", min = "00", s = "00"] = m;
  return h === "00" && min === "00" && s === "00" ? day : `${day} ${h}:${min}:${s}`;
}
function columnOf(ref) {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    if (col > EXCEL_COLUMNS) return Infinity;
  }
  return i > 0 && /^\d+$/.test(ref.slice(i)) ? col : 0;
}
var SheetReader = class {
  constructor(file2, part, strings, dates, date1904) {
    this.file = file2;
    this.part = part;
    this.strings = strings;
    this.dates = dates;
    this.date1904 = date1904;
  }
  file;
  part;
  strings;
  dates;
  date1904;
  /** Rows completed since the caller last emptied this. */
  rows = [];
  inData = false;
  row;
  lastRow = 0;
  chars = 0;
  // text held for this row
  inCell = false;
  col = 0;
  lastCol = 0;
  type = "";
  style = 0;
  formula = false;
  value;
  // the <v> text
  inline = "";
  // the <is> text runs
  capture;
  inInline = false;
  phonetic = 0;
  open(name, a) {
    if (name === "sheetData") this.inData = true;
    else if (name === "row" && this.inData) this.startRow(a.r);
    else if (name === "c" && this.row) this.startCell(a);
    else if (!this.inCell) return;
    else if (name === "v") {
      this.capture = "v";
      this.value = "";
    } else if (name === "f") this.formula = true;
    else if (name === "is") this.inInline = true;
    else if (name === "t" && this.inInline) this.capture = this.phonetic === 0 ? "t" : void 0;
    else if (name === "rPh") this.phonetic++;
  }
  close(name) {
    if (name === "v" || name === "t") this.capture = void 0;
    else if (name === "rPh") this.phonetic--;
    else if (name === "c" && this.inCell) this.endCell();
    else if (name === "row" && this.row) {
      const row = this.row;
      for (let i = 0; i < row.cells.length; i++) row.cells[i] ??= "";
      this.rows.push(row);
      this.row = void 0;
    } else if (name === "sheetData") this.inData = false;
  }
  text(text) {
    if (this.capture === void 0 || this.row.long) return;
    if (!this.hold(text.length)) return;
    if (this.capture === "v") this.value += text;
    else this.inline += text;
  }
  long() {
    if (this.capture !== void 0) this.drop();
  }
  startRow(r) {
    const n2 = r === void 0 ? this.lastRow + 1 : /^\d{1,10}$/.test(r) ? Number(r) : NaN;
    if (!Number.isInteger(n2) || n2 < 1) throw new UsageError(xlsxMessages.badPart(this.file, this.part, `row r="${r}"`), "bad_xlsx");
    if (n2 > EXCEL_ROWS) throw new UsageError(xlsxMessages.rowBeyond(this.file, n2), "bad_xlsx");
    this.lastRow = n2;
    this.lastCol = 0;
    this.chars = 0;
    this.row = { number: n2, cells: [], notes: void 0, long: false };
  }
  startCell(a) {
    const col = a.r === void 0 ? this.lastCol + 1 : columnOf(a.r);
    if (col === Infinity || col > EXCEL_COLUMNS) throw new UsageError(xlsxMessages.cellBeyond(this.file, a.r ?? ""), "bad_xlsx");
    if (col === 0) throw new UsageError(xlsxMessages.badPart(this.file, this.part, `c r="${a.r}"`), "bad_xlsx");
    this.inCell = true;
    this.col = this.lastCol = col;
    this.type = a.t ?? "n";
    this.style = a.s === void 0 ? 0 : Number(a.s);
    this.formula = false;
    this.value = void 0;
    this.inline = "";
    this.inInline = false;
    this.phonetic = 0;
  }
  /** Counts `n` more characters held for this row; false (and the row dropped) past the limit. */
  hold(n2) {
    this.chars += n2;
    if (this.chars <= MAX_RECORD_CHARS) return true;
    this.drop();
    return false;
  }
  drop() {
    const row = this.row;
    row.long = true;
    row.cells = [];
    row.notes = void 0;
    this.value = void 0;
    this.inline = "";
  }
  endCell() {
    this.inCell = false;
    this.capture = void 0;
    const row = this.row;
    if (row.long) return;
    const v = this.cellValue();
    if (v === LONG_STRING) return this.drop();
    const text = typeof v === "string" ? v : v.text;
    if (typeof v !== "string") (row.notes ??= []).push({ col: this.col - 1, message: v.note });
    if (text === "") return;
    if (this.type === "s" && !this.hold(text.length)) return;
    row.cells[this.col - 1] = text;
  }
  cellValue() {
    const v = this.value;
    if (this.formula && v === void 0) return { note: batchMessages.formulaNoValue(), text: "" };
    switch (this.type) {
      case "s": {
        if (v === void 0 || v.trim() === "") return "";
        const s = this.strings.get(Number(v));
        return s === void 0 ? { note: xlsxMessages.missingString(Number(v)), text: "" } : s;
      }
      case "inlineStr":
        return unescapeXstring(this.inline);
      case "str":
        return unescapeXstring(v ?? "");
      case "b":
        return v === void 0 || v === "" ? "" : v === "1" || v === "true" ? "TRUE" : "FALSE";
      case "e":
        return { note: batchMessages.errorCell(v ?? ""), text: v ?? "" };
      case "d":
        return v === void 0 ? "" : isoText(v);
      default: {
        if (v === void 0 || v.trim() === "") return "";
        const n2 = Number(v);
        if (!Number.isFinite(n2)) return { note: xlsxMessages.badNumber(v), text: v };
        return this.dates[this.style] === 1 ? serialText(n2, this.date1904) : numberText(n2);
      }
    }
  }
};

// src/batch/xlsx-zip.ts
import { open } from "node:fs/promises";
import yauzl from "yauzl";
var BOMB_RATIO = 100;
var BOMB_GRACE = 64 * 1024 * 1024;
var MAX_PIPED_BYTES = 256 * 1024 * 1024;
var MAX_ENTRIES = 1e5;
var ZIP = [80, 75];
var OLE = [208, 207, 17, 224, 161, 177, 26, 225];
var startsWith = (b, sig) => sig.every((x, i) => b[i] === x);
function oleKind(directory) {
  const names = [];
  for (let at = 0; directory && at + 128 <= directory.length; at += 128) {
    const bytes = directory.readUInt16LE(at + 64);
    if (bytes >= 2 && bytes <= 64) names.push(directory.toString("utf16le", at, at + bytes - 2));
  }
  if (names.includes("EncryptedPackage") || names.includes("EncryptionInfo")) return "encrypted";
  if (names.includes("Workbook") || names.includes("Book")) return "xls";
  return "ole";
}
function oleDirectory(header) {
  if (header.length < 52) return void 0;
  const shift = header.readUInt16LE(30);
  if (shift !== 9 && shift !== 12) return void 0;
  const size = 1 << shift;
  return { at: (header.readUInt32LE(48) + 1) * size, size };
}
async function refuseNonZip(name, head, readAt) {
  if (startsWith(head, ZIP)) return;
  if (startsWith(head, OLE)) {
    const where = oleDirectory(head);
    const directory = where ? await readAt(where.at, where.size).catch(() => void 0) : void 0;
    const kind = oleKind(directory);
    throw new UsageError(kind === "encrypted" ? xlsxMessages.encrypted(name) : xlsxMessages.oldFormat(name), kind === "encrypted" ? "encrypted_xlsx" : "xls");
  }
  throw new UsageError(xlsxMessages.notZip(name, head), "bad_xlsx");
}
var Package = class _Package {
  constructor(name, zip, entries) {
    this.name = name;
    this.zip = zip;
    this.entries = entries;
  }
  name;
  zip;
  entries;
  /** Opens the workbook: a regular file by its path (random access), else the stream read into memory. */
  static async open(name, path, stream) {
    const options = { lazyEntries: true, autoClose: false, strictFileNames: false };
    let zip;
    if (path !== void 0) {
      stream.destroy();
      await sniffFile(name, path);
      zip = await yauzl.openPromise(path, options);
    } else {
      const bytes = await readPiped(name, stream);
      await refuseNonZip(name, bytes.subarray(0, 512), async (at, size) => bytes.subarray(at, at + size));
      zip = await yauzl.fromBufferPromise(bytes, options);
    }
    try {
      const entries = /* @__PURE__ */ new Map();
      for await (const entry of zip.eachEntry()) {
        if (entries.size >= MAX_ENTRIES) throw new UsageError(xlsxMessages.tooManyEntries(name, MAX_ENTRIES), "bad_xlsx");
        entries.set(entry.fileName.toLowerCase(), entry);
      }
      return new _Package(name, zip, entries);
    } catch (error) {
      zip.close();
      throw error;
    }
  }
  has(part) {
    return this.entries.has(part.toLowerCase());
  }
  /** A part's text, decoded as UTF-8, in chunks; checked against zip bombs before it is inflated. */
  async *text(part) {
    const entry = this.entries.get(part.toLowerCase());
    if (!entry) throw new UsageError(xlsxMessages.missingPart(this.name, part), "bad_xlsx");
    if (entry.isEncrypted()) throw new UsageError(xlsxMessages.encrypted(this.name), "encrypted_xlsx");
    if (entry.uncompressedSize > BOMB_GRACE && entry.uncompressedSize > BOMB_RATIO * entry.compressedSize) {
      throw new UsageError(xlsxMessages.zipBomb(this.name, part, entry.uncompressedSize, entry.compressedSize), "zip_bomb");
    }
    const stream = await this.zip.openReadStreamPromise(entry);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    try {
      for await (const chunk of stream) yield decoder.decode(chunk, { stream: true });
      yield decoder.decode();
    } finally {
      stream.destroy();
    }
  }
  /** Closes the zip (and the file yauzl opened). */
  close() {
    this.zip.close();
  }
};
async function sniffFile(name, path) {
  const handle = await open(path, "r");
  try {
    const readAt = async (at, size) => {
      const buffer = Buffer.alloc(size);
      const { bytesRead } = await handle.read(buffer, 0, size, at);
      return buffer.subarray(0, bytesRead);
    };
    await refuseNonZip(name, await readAt(0, 512), readAt);
  } finally {
    await handle.close();
  }
}
async function readPiped(name, stream) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    if (size < 2 && size + bytes.length >= 2) {
      const head = Buffer.concat([...chunks, bytes]);
      if (!startsWith(head, ZIP)) {
        stream.destroy();
        await refuseNonZip(name, head.subarray(0, 512), async (at, n2) => head.subarray(at, at + n2));
      }
    }
    size += bytes.length;
    if (size > MAX_PIPED_BYTES) {
      stream.destroy();
      throw new UsageError(xlsxMessages.pipedTooLarge(name, MAX_PIPED_BYTES), "too_large");
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
}

// src/batch/xlsx-in.ts
var BATCH = 1e3;
var blank = (cells) => cells.every((c) => c.trim() === "");
var Records = class {
  constructor(file2) {
    this.file = file2;
  }
  file;
  width;
  held = [];
  seen = 0;
  batch = { records: [], notes: [], problems: [] };
  add(row) {
    if (this.width !== void 0) return this.emit(row);
    this.held.push(row);
    if (row.long || blank(row.cells)) return;
    if (headerLike(row.cells)) this.width = row.cells.length;
    else if (++this.seen >= LOOK_AHEAD) this.end();
    if (this.width !== void 0) this.release();
  }
  /** The end of the sheet (or the look-ahead): the first row that is not blank is the header. */
  end() {
    if (this.width !== void 0) return;
    this.width = this.held.find((r) => !r.long && !blank(r.cells))?.cells.length ?? 0;
    this.release();
  }
  take() {
    const batch = this.batch;
    this.batch = { records: [], notes: [], problems: [] };
    return batch;
  }
  release() {
    for (const row of this.held.splice(0)) this.emit(row);
  }
  emit(row) {
    const b = this.batch;
    if (row.long) b.problems.push({ index: b.records.length, message: xlsxMessages.longRow(row.number), header: xlsxMessages.longHeader(this.file, row.number) });
    const cells = row.cells;
    while (cells.length < this.width) cells.push("");
    b.records.push(cells);
    b.notes.push(row.notes);
  }
};
async function* xlsxRecords(input, sheet, book, signal) {
  const file2 = input.name;
  let part = "";
  const pkg = await Package.open(file2, input.path, input.stream).catch((error) => {
    throw unreadable2(error, file2, part, signal);
  });
  try {
    const root = await readRels(pkg, "");
    part = [...root.values()].find((r) => r.type === "officeDocument")?.target ?? "xl/workbook.xml";
    if (!pkg.has(part)) throw new UsageError(xlsxMessages.notWorkbook(file2), "bad_xlsx");
    const workbook = await readWorkbook(pkg, part);
    const rels = await readRels(pkg, part);
    const names = workbook.sheets.map((s) => s.name);
    book.sheets = names;
    const chosen = sheet === void 0 ? workbook.sheets[0] : workbook.sheets.find((s) => s.name === sheet) ?? workbook.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
    if (!chosen) throw new UsageError(batchMessages.noSheet(file2, sheet, names), "no_sheet");
    const rel = rels.get(chosen.rid);
    if (!rel || !pkg.has(rel.target)) throw new UsageError(xlsxMessages.missingPart(file2, rel?.target ?? `sheet ${chosen.name}`), "bad_xlsx");
    if (rel.type !== "worksheet") {
      const tables = workbook.sheets.filter((s) => rels.get(s.rid)?.type === "worksheet").map((s) => s.name);
      throw new UsageError(xlsxMessages.notWorksheet(file2, chosen.name, tables), "no_sheet");
    }
    const find = (type) => [...rels.values()].find((r) => r.type === type)?.target;
    part = find("styles") ?? "";
    const dates = await readDateStyles(pkg, find("styles"));
    part = find("sharedStrings") ?? "";
    const strings = await readSharedStrings(pkg, find("sharedStrings"));
    part = rel.target;
    const reader = new SheetReader(file2, part, strings, dates, workbook.date1904);
    const xml = new BoundedXml(reader, MAX_RECORD_CHARS);
    const records = new Records(file2);
    const take = () => {
      for (const row of reader.rows) records.add(row);
      reader.rows = [];
    };
    for await (const chunk of pkg.text(part)) {
      signal?.throwIfAborted();
      xml.write(chunk);
      take();
      if (records.batch.records.length >= BATCH) yield records.take();
    }
    xml.close();
    take();
    records.end();
    if (records.batch.records.length > 0) yield records.take();
  } catch (error) {
    throw unreadable2(error, file2, part, signal);
  } finally {
    pkg.close();
  }
}
function unreadable2(error, file2, part, signal) {
  if (error instanceof UsageError || signal?.aborted) return error;
  if (error instanceof XmlRefused) {
    if (error.reason === "doctype") return new UsageError(xlsxMessages.doctype(file2, part), "bad_xlsx");
    if (error.reason === "too_long") return new UsageError(xlsxMessages.longMarkup(file2, part), "bad_xlsx");
    return new UsageError(xlsxMessages.badPart(file2, part, error.message), "bad_xlsx");
  }
  return new UsageError(xlsxMessages.damaged(file2, damageReason(error instanceof Error ? error : new Error(String(error)))), "bad_xlsx");
}

// ../../tmp/xl/readonly.ts
var file = process.argv[2];
var t = Date.now();
var n = 0;
for await (const b of xlsxRecords({ name: file, path: file, stream: createReadStream(file) }, void 0, { sheets: [] })) n += b.records.length;
console.log("rows", n, Date.now() - t, "ms", (process.resourceUsage().maxRSS / 1024).toFixed(0), "MB");
