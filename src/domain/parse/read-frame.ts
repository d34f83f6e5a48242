/**
 * The frame around a published report's sections: its title (agency and year) before
 * 一、总体情况, and its end after 六 — the signature (落款) and the portal's page furniture.
 */
import { isPageFurniture } from './find-sections';
import { cleanAgency, findDate, isDateLine, looksLikeAgency, readTitle } from './read-metadata';
import type { Block } from './reading';
import { displayWidth } from './text-blocks';

export function paragraphText(block: Block | undefined): string {
  return block?.kind === 'paragraph' ? block.text : '';
}

/** The title: the last title-like line before 一、总体情况 (portals repeat it in breadcrumbs). */
export function findTitle(
  blocks: readonly Block[],
  end: number,
): { index: number; agency: string; year: number } | null {
  let found: { index: number; agency: string; year: number } | null = null;
  for (let i = 0; i < end; i++) {
    const text = paragraphText(blocks[i]);
    if (!text) continue;
    let title = readTitle(text);
    let last = i;
    // A title broken over two lines: 「湘乡市信访局2022年政府信息公开」「工作年度报告」.
    if (!title && displayWidth(text) <= 60) {
      const next = paragraphText(blocks[i + 1]);
      if (next && displayWidth(next) <= 40) {
        title = readTitle(text + next);
        last = i + 1;
      }
    }
    if (!title) continue;
    let agency = title.agency;
    if (!agency) {
      const above = paragraphText(blocks[i - 1]);
      if (above && looksLikeAgency(above) && !readTitle(above)) agency = cleanAgency(above);
    }
    found = { index: last, agency, year: title.year };
    i = last;
  }
  return found;
}

/** Cuts the last section at the page furniture and takes the signature (agency + date) off it. */
export function splitEnd(
  region: readonly Block[],
  agency: string,
): {
  body: Block[];
  signatureAgency: string;
  signatureDate: string | null;
} {
  let furniture = region.findIndex((b) => b.kind === 'paragraph' && isPageFurniture(b.text));
  if (furniture < 0) furniture = region.length;
  // The signature sits at the end of the text, or just after a download line (copied pages).
  const searchEnd = Math.min(region.length, furniture + 4);
  let dateIndex = -1;
  for (let i = searchEnd - 1; i >= 0; i--) {
    const text = paragraphText(region[i]);
    if (text && isDateLine(text)) {
      dateIndex = i;
      break;
    }
  }
  if (dateIndex < 0) {
    // A signature without a date: the last line repeats the agency's name.
    const body = region.slice(0, furniture);
    const last = paragraphText(body.at(-1));
    if (agency && last && cleanAgency(last) === agency) {
      return { body: body.slice(0, -1), signatureAgency: agency, signatureDate: null };
    }
    return { body, signatureAgency: '', signatureDate: null };
  }
  const above = paragraphText(region[dateIndex - 1]);
  const hasAgency = above !== '' && looksLikeAgency(above) && !isPageFurniture(above);
  const signatureStart = hasAgency ? dateIndex - 1 : dateIndex;
  return {
    body: region.slice(0, Math.min(furniture, signatureStart)),
    signatureAgency: hasAgency ? cleanAgency(above) : '',
    signatureDate: findDate(paragraphText(region[dateIndex])),
  };
}
