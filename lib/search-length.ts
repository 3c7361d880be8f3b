/** Fewer letters than this find too much to be useful: every search box and every search route agrees. */
export const MIN_SEARCH_LENGTH = 2;
