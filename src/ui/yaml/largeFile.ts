/**
 * From this much text on (2 MiB), a file is shown in the editor as plain text: YAML highlighting,
 * completion and the editor's workers each read the whole text in tasks of 100–300 ms (a 10 MiB
 * file's lines sent to two workers, its tokens worked out line by line). Validation, the canvas and
 * "Go to resource" are the same for it as for any file.
 */
const PLAIN_TEXT_CHARS = 2 * 1024 * 1024;

export function showsAsPlainText(text: string): boolean {
  return text.length > PLAIN_TEXT_CHARS;
}

/**
 * From this much text on, a file's editor model (line index, indentation guess, first render) is made
 * in a task after the render that brought the file, not in that render's commit: 90 ms of a 250 ms
 * task when a 290 KB file opened.
 */
const LATER_MODEL_CHARS = 100_000;

export function modelComesLater(text: string): boolean {
  return text.length > LATER_MODEL_CHARS;
}
