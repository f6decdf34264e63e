package de.digitaldialog.desk.cli;

import de.digitaldialog.desk.service.Listing;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Accepts the lower-case words of the command line: initiatives, meetings, themes, ministries. */
final class ListingKindConverter implements ITypeConverter<Listing.Kind>, Iterable<String> {

    @Override
    public Listing.Kind convert(String value) {
        try {
            return Listing.Kind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(String.join("|", this));
        }
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(Listing.Kind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).iterator();
    }
}
