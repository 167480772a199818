/**
 * Validation before anything is written (content-collections style): the whole file against the shared
 * zod schema, then what a schema cannot say — every quote is exactly its slice of the article, offsets and
 * marks are in range, selectors describe their passage, ids are unique, every source names a known article.
 */
import { eventsFileSchema, type EventsFile } from "../../lib/schema";
import { describePassage } from "../anchoring/selectors";
import { LineIndex, ValidationError } from "../errors";

export interface ArticleLocator {
  /** Input file and the offset of the article text inside it, to point at path:line:col. */
  file: string;
  fileContent: string;
  bodyOffset: number;
}

export function validateEventsFile(data: EventsFile, locate: (articleId: string) => ArticleLocator | undefined): ValidationError[] {
  const problems: ValidationError[] = [];
  const parsed = eventsFileSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 20)) {
      problems.push(new ValidationError({ path: "events.json", line: 1, column: 1 }, `${issue.path.join(".")}: ${issue.message}`));
    }
    return problems;
  }
  const texts = new Map(data.articles.map((a) => [a.id, a.text]));
  const seenArticles = new Set<string>();
  for (const article of data.articles) {
    if (seenArticles.has(article.id)) problems.push(new ValidationError({ path: article.file, line: 1, column: 1 }, `duplicate article id '${article.id}'`));
    seenArticles.add(article.id);
  }
  const lineIndexes = new Map<string, LineIndex>();
  const positionIn = (where: ArticleLocator, offset: number) => {
    let index = lineIndexes.get(where.file);
    if (!index) lineIndexes.set(where.file, (index = new LineIndex(where.fileContent)));
    return { path: where.file, ...index.positionAt(where.bodyOffset + offset) };
  };
  const seenEvents = new Set<string>();
  for (const event of data.events) {
    if (seenEvents.has(event.id)) problems.push(new ValidationError({ path: "events.json", line: 1, column: 1 }, `duplicate event id '${event.id}'`));
    seenEvents.add(event.id);
    if (event.date && event.date.start > event.date.end) problems.push(new ValidationError({ path: "events.json", line: 1, column: 1 }, `event '${event.id}': date starts after it ends`));
    for (const source of event.sources) {
      const text = texts.get(source.articleId);
      const where = locate(source.articleId);
      const position = where ? positionIn(where, source.start) : { path: "events.json", line: 1, column: 1 };
      if (text === undefined) {
        problems.push(new ValidationError(position, `event '${event.id}' cites unknown article '${source.articleId}'`));
        continue;
      }
      if (source.start > source.end || source.end > text.length) {
        problems.push(new ValidationError(position, `event '${event.id}': passage ${source.start}-${source.end} is outside the article (length ${text.length})`));
      } else if (text.slice(source.start, source.end) !== source.quote) {
        problems.push(new ValidationError(position, `event '${event.id}': quote does not equal the article text at ${source.start}-${source.end}`));
      } else if (source.selector && JSON.stringify(source.selector) !== JSON.stringify(describePassage(text, source.start, source.end))) {
        problems.push(new ValidationError(position, `event '${event.id}': selector does not describe the passage at ${source.start}-${source.end}`));
      }
      for (const mark of source.marks ?? []) {
        if (mark.start < source.start || mark.end > source.end || mark.start >= mark.end) {
          problems.push(new ValidationError(position, `event '${event.id}': ${mark.kind} mark ${mark.start}-${mark.end} is outside its passage`));
        }
      }
    }
  }
  return problems;
}
