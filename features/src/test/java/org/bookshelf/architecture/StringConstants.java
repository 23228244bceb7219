package org.bookshelf.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The string constants of a class as its class file holds them (JVMS 4.4): its literals, and the recipes
 * of its concatenations. ArchUnit reads no constants, so this reads the constant pool itself.
 */
final class StringConstants {

    private static final int UTF8 = 1;
    private static final int LONG = 5;
    private static final int DOUBLE = 6;
    private static final int STRING = 8;

    private StringConstants() {}

    static List<String> of(JavaClass javaClass) {
        Source source = javaClass
                .getSource()
                .orElseThrow(() -> new IllegalStateException("no class file for " + javaClass.getName()));
        try (InputStream in = source.getUri().toURL().openStream()) {
            return read(new DataInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source.getUri(), e);
        }
    }

    private static List<String> read(DataInputStream in) throws IOException {
        in.readInt(); // magic
        in.readInt(); // minor and major version
        int count = in.readUnsignedShort();
        Map<Integer, String> utf8 = new HashMap<>();
        List<Integer> strings = new ArrayList<>();
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case UTF8 -> utf8.put(index, in.readUTF());
                case STRING -> strings.add(in.readUnsignedShort());
                case LONG, DOUBLE -> {
                    in.skipNBytes(8);
                    index++;
                }
                default -> in.skipNBytes(bytesAfterTag(tag));
            }
        }
        return strings.stream().map(utf8::get).toList();
    }

    private static int bytesAfterTag(int tag) {
        return switch (tag) {
            case 7, 16, 19, 20 -> 2; // class, method type, module, package
            case 15 -> 3; // method handle
            case 3, 4, 9, 10, 11, 12, 17, 18 -> 4; // int, float, the references, name and type, the dynamics
            default -> throw new IllegalStateException("unknown constant pool tag " + tag);
        };
    }
}
