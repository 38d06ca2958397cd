// How a source document is cited in human output: publisher, title and date, in the
// conventions of each language. Shared by `yibao faq` and `yibao hotline`.

export interface SourceCitation {
  title: string;
  publisher: string;
  /** YYYY, YYYY-MM, YYYY-MM-DD or "unknown". */
  date: string;
}

/** 随州日报《标题》(2024) / Suizhou Daily, "title", 2024: the parts are verbatim from the policy. */
export function citeSource(source: SourceCitation, lang: 'zh' | 'en'): string {
  if (lang === 'zh') {
    const date = source.date === 'unknown' ? '日期不详' : source.date;
    return `${source.publisher}《${source.title}》(${date})`;
  }
  const date = source.date === 'unknown' ? 'date unknown' : source.date;
  return `${source.publisher}, "${source.title}", ${date}`;
}
