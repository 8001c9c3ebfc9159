/** Paper sizes in twentieths of a point (portrait), for every .docx the app writes. */
export const PAGE_SIZES = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } } as const;
