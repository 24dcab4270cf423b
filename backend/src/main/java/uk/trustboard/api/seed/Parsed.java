package uk.trustboard.api.seed;

/** One seed file's content with the file name it came from, for error reports. */
record Parsed<T>(String file, T content) {
}
