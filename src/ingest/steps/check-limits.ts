// Refuses a seed with no paragraph at all, or whose paragraphs are too many or too long, right after the lines are read,
// so no later step spends time on it and nothing is cut silently.
import { IngestError, type Step } from '../article.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';

export function checkLimits(limits: Limits = DEFAULT_LIMITS): Step {
  return (draft) => {
    if (draft.lines.length === 0) {
      throw new IngestError('empty', 'the file holds only blank space or invisible characters');
    }
    if (draft.lines.length > limits.maxParagraphs) {
      throw new IngestError(
        'too-many-paragraphs',
        `the file has ${draft.lines.length} paragraphs, over the limit of ${limits.maxParagraphs}`,
      );
    }
    const long = draft.lines.findIndex((line) => line.length > limits.maxLineChars);
    if (long >= 0) {
      throw new IngestError(
        'line-too-long',
        `paragraph ${long + 1} has ${draft.lines[long]!.length} characters, over the limit of ${limits.maxLineChars}`,
      );
    }
    return draft;
  };
}
