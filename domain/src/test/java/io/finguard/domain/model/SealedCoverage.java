package io.finguard.domain.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The combinations a transition table must cover, derived from sealed hierarchies at run time, so a
 * state or event added without a table row makes the table's completeness test fail.
 */
public final class SealedCoverage {
    private SealedCoverage() {
    }

    /** The permitted subclasses of a sealed type; a type that is not sealed has nothing to cover and is refused. */
    public static List<Class<?>> permitted(Class<?> sealedType) {
        if (!sealedType.isSealed()) {
            throw new IllegalArgumentException(sealedType.getName() + " is not sealed: nothing to enumerate");
        }
        List<Class<?>> permitted = List.of(sealedType.getPermittedSubclasses());
        if (permitted.isEmpty()) {
            throw new IllegalArgumentException(sealedType.getName() + " permits no subclass");
        }
        return permitted;
    }

    /** Every combination of one value per axis, each as a list in axis order. */
    public static Set<List<Object>> product(List<?>... axes) {
        Set<List<Object>> combinations = new LinkedHashSet<>();
        combinations.add(List.of());
        for (List<?> axis : axes) {
            if (axis.isEmpty()) {
                throw new IllegalArgumentException("an empty axis would make the product empty and check nothing");
            }
            Set<List<Object>> next = new LinkedHashSet<>();
            for (List<Object> prefix : combinations) {
                for (Object value : axis) {
                    List<Object> extended = new ArrayList<>(prefix);
                    extended.add(value);
                    next.add(List.copyOf(extended));
                }
            }
            combinations = next;
        }
        return combinations;
    }

    /** The required combinations no row covers. */
    public static Set<List<Object>> missing(Set<List<Object>> required, Collection<List<Object>> covered) {
        Set<List<Object>> missing = new LinkedHashSet<>(required);
        covered.forEach(missing::remove);
        return missing;
    }
}
