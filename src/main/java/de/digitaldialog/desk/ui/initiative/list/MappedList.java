package de.digitaldialog.desk.ui.initiative.list;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/**
 * A read-only view of a list with each element mapped (the indexed rows shown as their summaries),
 * passing the source's changes on one to one. JavaFX 21 has none of its own.
 */
final class MappedList<E, F> extends TransformationList<E, F> {

    private final Function<? super F, ? extends E> map;

    MappedList(ObservableList<? extends F> source, Function<? super F, ? extends E> map) {
        super(source);
        this.map = map;
    }

    @Override
    protected void sourceChanged(ListChangeListener.Change<? extends F> change) {
        fireChange(new ListChangeListener.Change<E>(this) {

            private List<E> removed;

            @Override
            public boolean next() {
                removed = null;
                return change.next();
            }

            @Override
            public void reset() {
                removed = null;
                change.reset();
            }

            @Override
            public int getFrom() {
                return change.getFrom();
            }

            @Override
            public int getTo() {
                return change.getTo();
            }

            @Override
            public List<E> getRemoved() {
                if (removed == null) {
                    List<? extends F> source = change.getRemoved();
                    removed = new ArrayList<>(source.size());
                    source.forEach(element -> removed.add(map.apply(element)));
                }
                return removed;
            }

            @Override
            public int getRemovedSize() {
                return change.getRemovedSize();
            }

            @Override
            public boolean wasUpdated() {
                return change.wasUpdated();
            }

            @Override
            protected int[] getPermutation() {
                if (!change.wasPermutated()) {
                    return new int[0];
                }
                int[] permutation = new int[change.getTo() - change.getFrom()];
                for (int i = change.getFrom(); i < change.getTo(); i++) {
                    permutation[i - change.getFrom()] = change.getPermutation(i);
                }
                return permutation;
            }
        });
    }

    @Override
    public int getSourceIndex(int index) {
        return index;
    }

    @Override
    public int getViewIndex(int index) {
        return index;
    }

    @Override
    public E get(int index) {
        return map.apply(getSource().get(index));
    }

    @Override
    public int size() {
        return getSource().size();
    }
}
