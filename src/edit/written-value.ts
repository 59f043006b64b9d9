import { textValue, type ValueText } from './scalar-text.js';

/** What an edit writes at a path: an answer, a list of files, or the sections leading to a missing one. */
export type Written =
  | { kind: 'null' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'list'; items: readonly string[] }
  | { kind: 'map'; key: string; value: Written };

export interface Place {
  flow: boolean;
  /** the column of the key the value belongs to */
  keyColumn: number;
  /** the file's own indentation step */
  step: number;
  /** the key is one where people write sentences and a comment follows on its line */
  commentFollowsFreeText: boolean;
  /** a `|` block may go here: no line right below is indented as deep as its body would be */
  blocks: boolean;
}

/** `value` under the keys `keys`, innermost last: what fills a missing section or item. */
export function nested(keys: readonly string[], value: Written): Written {
  return keys.reduceRight<Written>((inner, key) => ({ kind: 'map', key, value: inner }), value);
}

/** The value as gecc's reader will give it back. */
export function writtenData(value: Written): unknown {
  switch (value.kind) {
    case 'null':
      return null;
    case 'text':
      return value.text;
    case 'number':
      return value.value;
    case 'list':
      return [...value.items];
    case 'map':
      return { [value.key]: writtenData(value.value) };
  }
}

function text(value: string, place: Place, flow = place.flow): ValueText {
  return textValue(value, {
    flow,
    blocks: place.blocks,
    commentFollowsFreeText: place.commentFollowsFreeText,
    bodyIndent: ' '.repeat(place.keyColumn + place.step),
    step: place.step,
  });
}

/** The text of a value at a place: what follows `key:` on its line, then the lines below it. */
export function renderValue(value: Written, place: Place): ValueText {
  switch (value.kind) {
    case 'null':
      return { inline: '' };
    case 'text':
      return text(value.text, place);
    case 'number':
      return { inline: String(value.value) };
    case 'list':
      return { inline: `[${value.items.map((item) => text(item, place, true).inline).join(', ')}]` };
    case 'map': {
      if (place.flow) {
        const inner = renderValue(value.value, { ...place, commentFollowsFreeText: false });
        return { inline: `{ ${value.key}:${inner.inline ? ` ${inner.inline}` : ''} }` };
      }
      const column = place.keyColumn + place.step;
      const inner = renderValue(value.value, { ...place, keyColumn: column, commentFollowsFreeText: false });
      const head = `${' '.repeat(column)}${value.key}:${inner.inline ? ` ${inner.inline}` : ''}`;
      return { inline: '', body: [head, ...(inner.body ?? [])] };
    }
  }
}
