package uk.trustboard.api.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A date as a policy document states it. Schools write "September 2024" far more often than a
 * day; keeping the precision stops the API from claiming a day nobody wrote down.
 */
public record DocumentDate(LocalDate date, Precision precision) {

	public enum Precision { DAY, MONTH, YEAR }

	private static final DateTimeFormatter DAY_TEXT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter MONTH_TEXT = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	/** Parses {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
	public static DocumentDate parse(String text) {
		try {
			return switch (text.length()) {
				case 10 -> new DocumentDate(LocalDate.parse(text), Precision.DAY);
				case 7 -> new DocumentDate(YearMonth.parse(text).atDay(1), Precision.MONTH);
				case 4 -> new DocumentDate(LocalDate.of(Integer.parseInt(text), 1, 1), Precision.YEAR);
				default -> throw new IllegalArgumentException(invalid(text));
			};
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new IllegalArgumentException(invalid(text), ex);
		}
	}

	public String text() {
		return switch (this.precision) {
			case DAY -> DAY_TEXT.format(this.date);
			case MONTH -> MONTH_TEXT.format(this.date);
			case YEAR -> String.valueOf(this.date.getYear());
		};
	}

	private static String invalid(String text) {
		return "'" + text + "' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY";
	}

}
