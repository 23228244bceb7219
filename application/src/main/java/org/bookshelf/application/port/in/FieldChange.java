package org.bookshelf.application.port.in;

/**
 * What a partial update does to one optional field: keep it, or set it (to {@code null} to clear it).
 *
 * @param change whether the field changes at all
 * @param value  the new value when it changes; {@code null} clears the field
 */
public record FieldChange<T>(boolean change, T value) {

    private static final FieldChange<?> KEEP = new FieldChange<>(false, null);

    /** Leave the field as it is. */
    @SuppressWarnings("unchecked")
    public static <T> FieldChange<T> keep() {
        return (FieldChange<T>) KEEP;
    }

    /** Set the field to {@code value}, or clear it when {@code value} is {@code null}. */
    public static <T> FieldChange<T> set(T value) {
        return new FieldChange<>(true, value);
    }

    /** The field's value after this change. */
    public T applyTo(T current) {
        return change ? value : current;
    }
}
