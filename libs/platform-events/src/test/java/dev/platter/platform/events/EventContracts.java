package dev.platter.platform.events;

import dev.platter.platform.events.EventCatalog.EventDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The compatibility guard's machinery: the shape of every published event (its fields, their types, nullability and
 * enum constants, nested value records expanded), written to and read from the checked-in snapshot {@value
 * #SNAPSHOT_PATH}, and the rules a changed shape must follow.
 *
 * <p>Snapshot format, one block per {@code type@version}:
 *
 * <pre>
 * OrderCancelled@1 platter.orders.v1
 *   eventId: UUID
 *   reason: OrderCancelled.Reason [CUSTOMER_REQUEST, PAYMENT_FAILED]
 *   refund: OrderCancelled.Refund
 *     amount: Money
 *       amountMinor: long
 *   note: @Nullable String
 * </pre>
 *
 * <p>To print the blocks of the whole current catalog (e.g. to start the snapshot), run {@link #main(String[])} from the
 * module directory: {@code java -cp target/classes:target/test-classes:<jspecify jar>
 * dev.platter.platform.events.EventContracts}, or simply run {@code EventContractsTest}: when an event is missing from
 * the snapshot or changed compatibly, its failure message contains the exact block to paste.
 */
final class EventContracts {

    static final String SNAPSHOT_PATH = "src/test/resources/event-contracts.txt";

    private static final String EVENTS_PACKAGE = PlatterEvent.class.getPackageName();
    private static final String INDENT = "  ";

    private EventContracts() {}

    /** The published shape of one event type at one schema version. */
    record Contract(String type, int version, String topic, List<Field> fields) {

        String key() {
            return type + "@" + version;
        }
    }

    /**
     * One field of an event or of a nested value record.
     *
     * @param constants the enum constants, when the field (or its collection's element) is one of our enums
     * @param fields the nested fields, when the field (or its collection's element) is one of our records
     */
    record Field(String name, String type, boolean nullable, List<String> constants, List<Field> fields) {}

    /** The result of checking the current catalog against the snapshot. */
    record Report(List<String> incompatible, List<Contract> missing, List<Contract> changedCompatibly) {}

    // --- Shapes of the compiled records -------------------------------------------------------------------------

    static List<Contract> current() {
        return EventCatalog.all().stream().map(EventContracts::of).toList();
    }

    static Contract of(EventDescriptor descriptor) {
        return new Contract(
                descriptor.type(), descriptor.schemaVersion(), descriptor.topic(), fieldsOf(descriptor.recordClass()));
    }

    private static List<Field> fieldsOf(Class<?> recordClass) {
        return Arrays.stream(recordClass.getRecordComponents())
                .map(EventContracts::fieldOf)
                .toList();
    }

    private static Field fieldOf(RecordComponent component) {
        Type type = component.getGenericType();
        boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
        Class<?> expanded = expandedClass(type);
        List<String> constants = List.of();
        List<Field> fields = List.of();
        if (expanded != null && expanded.isEnum()) {
            constants = Arrays.stream(expanded.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .toList();
        } else if (expanded != null && expanded.isRecord()) {
            fields = fieldsOf(expanded);
        }
        return new Field(component.getName(), typeName(type), nullable, constants, fields);
    }

    /** The class whose shape belongs to the field's contract: one of ours, itself or as a collection's element. */
    private static @Nullable Class<?> expandedClass(Type type) {
        Type candidate = type;
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1) {
            candidate = parameterized.getActualTypeArguments()[0];
        }
        if (candidate instanceof Class<?> type1 && type1.getName().startsWith(EVENTS_PACKAGE + ".")) {
            return type1;
        }
        return null;
    }

    private static String typeName(Type type) {
        if (type instanceof Class<?> type1) {
            if (type1.isPrimitive()) {
                return type1.getName();
            }
            return type1.getName()
                    .substring(type1.getPackageName().length() + 1)
                    .replace('$', '.');
        }
        if (type instanceof ParameterizedType parameterized) {
            return typeName(parameterized.getRawType())
                    + Arrays.stream(parameterized.getActualTypeArguments())
                            .map(EventContracts::typeName)
                            .collect(Collectors.joining(",", "<", ">"));
        }
        return type.getTypeName();
    }

    // --- The snapshot text -------------------------------------------------------------------------------------------

    static String render(Contract contract) {
        StringBuilder text = new StringBuilder()
                .append(contract.key())
                .append(' ')
                .append(contract.topic())
                .append('\n');
        render(contract.fields(), 1, text);
        return text.toString();
    }

    static String renderAll(List<Contract> contracts) {
        return contracts.stream().map(EventContracts::render).collect(Collectors.joining("\n"));
    }

    private static void render(List<Field> fields, int depth, StringBuilder text) {
        for (Field field : fields) {
            text.append(INDENT.repeat(depth))
                    .append(field.name())
                    .append(": ")
                    .append(field.nullable() ? "@Nullable " : "")
                    .append(field.type());
            if (!field.constants().isEmpty()) {
                text.append(" [").append(String.join(", ", field.constants())).append(']');
            }
            text.append('\n');
            render(field.fields(), depth + 1, text);
        }
    }

    static Map<String, Contract> readSnapshot() {
        try (InputStream in = EventContracts.class.getResourceAsStream("/event-contracts.txt")) {
            if (in == null) {
                throw new IllegalStateException(SNAPSHOT_PATH + " is missing from the test classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses snapshot text; blank lines and lines starting with {@code #} are ignored. */
    static Map<String, Contract> parse(String text) {
        Map<String, Contract> contracts = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i].stripTrailing();
            i++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith(" ")) {
                throw new IllegalArgumentException("Line " + i + ": a field outside any event block: " + line);
            }
            String[] header = line.split(" ");
            String[] typeAndVersion = header[0].split("@");
            if (header.length != 2 || typeAndVersion.length != 2) {
                throw new IllegalArgumentException("Line " + i + ": expected '<Type>@<version> <topic>', was " + line);
            }
            List<Field> root = new ArrayList<>();
            Deque<List<Field>> levels = new ArrayDeque<>();
            levels.push(root);
            while (i < lines.length && lines[i].startsWith(INDENT)) {
                String fieldLine = lines[i].stripTrailing();
                i++;
                int depth = (fieldLine.length() - fieldLine.stripLeading().length()) / INDENT.length();
                if (depth > levels.size()) {
                    throw new IllegalArgumentException("Line " + i + ": indented too deep: " + fieldLine);
                }
                while (levels.size() > depth) {
                    levels.pop();
                }
                Field field = parseField(fieldLine.strip(), i);
                levels.peek().add(field);
                levels.push(field.fields());
            }
            Contract contract =
                    new Contract(typeAndVersion[0], Integer.parseInt(typeAndVersion[1]), header[1], freeze(root));
            if (contracts.put(contract.key(), contract) != null) {
                throw new IllegalArgumentException(contract.key() + " appears twice in the snapshot");
            }
        }
        return contracts;
    }

    private static Field parseField(String text, int lineNumber) {
        int colon = text.indexOf(": ");
        if (colon < 1) {
            throw new IllegalArgumentException("Line " + lineNumber + ": expected '<name>: <type>', was " + text);
        }
        String name = text.substring(0, colon);
        String type = text.substring(colon + 2);
        boolean nullable = type.startsWith("@Nullable ");
        if (nullable) {
            type = type.substring("@Nullable ".length());
        }
        List<String> constants = List.of();
        int bracket = type.indexOf(" [");
        if (bracket > 0 && type.endsWith("]")) {
            constants = Arrays.stream(
                            type.substring(bracket + 2, type.length() - 1).split(","))
                    .map(String::strip)
                    .toList();
            type = type.substring(0, bracket);
        }
        return new Field(name, type, nullable, constants, new ArrayList<>());
    }

    private static List<Field> freeze(List<Field> fields) {
        return fields.stream()
                .map(f -> new Field(f.name(), f.type(), f.nullable(), f.constants(), freeze(f.fields())))
                .toList();
    }

    // --- The rules ---------------------------------------------------------------------------------------------------

    /** Checks every current contract against the snapshot. */
    static Report check(Map<String, Contract> snapshot, List<Contract> current) {
        Map<String, Contract> currentByKey =
                current.stream().collect(Collectors.toMap(Contract::key, Function.identity()));
        List<String> incompatible = new ArrayList<>();
        List<Contract> changedCompatibly = new ArrayList<>();
        for (Contract published : snapshot.values()) {
            Contract now = currentByKey.get(published.key());
            if (now == null) {
                incompatible.add(published.key() + " is in " + SNAPSHOT_PATH + " but no longer in the EventCatalog. "
                        + "Records of it stay in the topic and consumers still read them: restore the record. "
                        + "To change it, make a new version instead.");
                continue;
            }
            List<String> problems = incompatibilities(published, now);
            if (!problems.isEmpty()) {
                incompatible.add(explain(published, problems));
            } else if (!published.equals(now)) {
                changedCompatibly.add(now);
            }
        }
        List<Contract> missing = current.stream()
                .filter(contract -> !snapshot.containsKey(contract.key()))
                .toList();
        return new Report(incompatible, missing, changedCompatibly);
    }

    /** Why {@code now} would break a consumer of {@code published}; empty if it would not. */
    static List<String> incompatibilities(Contract published, Contract now) {
        List<String> problems = new ArrayList<>();
        if (!published.topic().equals(now.topic())) {
            problems.add("it moved from topic " + published.topic() + " to " + now.topic());
        }
        compare("", published.fields(), now.fields(), problems);
        return problems;
    }

    private static void compare(String path, List<Field> published, List<Field> now, List<String> problems) {
        Map<String, Field> nowByName = now.stream().collect(Collectors.toMap(Field::name, Function.identity()));
        boolean removed = false;
        for (Field before : published) {
            String name = path + before.name();
            Field after = nowByName.get(before.name());
            if (after == null) {
                problems.add("field '" + name + "' (" + before.type() + ") was removed or renamed");
                removed = true;
                continue;
            }
            if (!after.type().equals(before.type())) {
                problems.add("field '" + name + "' changed type from " + before.type() + " to " + after.type());
                continue;
            }
            if (after.nullable() != before.nullable()) {
                problems.add("field '" + name + "' "
                        + (before.nullable()
                                ? "is no longer @Nullable (records already in the topic may have no value)"
                                : "became @Nullable (consumers rely on it being present)"));
            }
            List<String> lostConstants = before.constants().stream()
                    .filter(constant -> !after.constants().contains(constant))
                    .toList();
            if (!lostConstants.isEmpty()) {
                problems.add(
                        "enum '" + name + "' lost constants " + lostConstants + " (records in the topic use them)");
            }
            compare(name + ".", before.fields(), after.fields(), problems);
        }
        List<String> publishedNames = published.stream().map(Field::name).toList();
        List<String> leadingNames =
                now.stream().limit(published.size()).map(Field::name).toList();
        if (!removed && !leadingNames.equals(publishedNames)) {
            problems.add("fields " + (path.isEmpty() ? "" : "of '" + path.substring(0, path.length() - 1) + "' ")
                    + "were reordered or a field was inserted among them: published order " + publishedNames
                    + ", now " + now.stream().map(Field::name).toList() + "; add new fields at the end");
        }
        for (Field added : now) {
            if (!publishedNames.contains(added.name()) && !added.nullable()) {
                problems.add("new field '" + path + added.name() + "' is not @Nullable: records already in the topic "
                        + "do not have it, so it must be optional");
            }
        }
    }

    private static String explain(Contract published, List<String> problems) {
        String nextVersion = published.type() + "V" + (published.version() + 1);
        return published.key() + " changed incompatibly:\n  - " + String.join("\n  - ", problems)
                + "\n  Published events are immutable: records of " + published.key()
                + " stay in the topic and every consumer must keep reading them. Revert the change and make a new "
                + "version instead: a new record " + nextVersion + " annotated @EventType(value = \""
                + published.type() + "\", version = " + (published.version() + 1) + ") in the same family, "
                + "published alongside (consumers migrate, then the producer switches), and add its block to "
                + SNAPSHOT_PATH + ". Only new @Nullable fields at the end and new enum constants are compatible.";
    }

    /** Prints the snapshot blocks of the whole current catalog. */
    public static void main(String[] args) {
        System.out.println(renderAll(current()));
    }

    static Contract find(List<Contract> contracts, String key) {
        return contracts.stream()
                .filter(contract -> contract.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Objects.requireNonNull(key)));
    }
}
