package de.digitaldialog.desk.store;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * A query of a hot path rendered to SQL once and then run with new bind values. Rendering a jOOQ
 * query costs several times what H2 needs to answer a lookup by key, and opening an initiative's
 * form runs the same few lookups again and again. Build the query with {@link #parameter}s in the
 * places of the values; {@link #fetch} takes the values in the order the parameters appear in the SQL.
 */
final class RenderedQuery {

    private final String sql;
    private final Field<?>[] fields;

    private RenderedQuery(ResultQuery<?> query) {
        this.sql = Database.render(query);
        this.fields = query.fields();
    }

    static RenderedQuery of(ResultQuery<?> query) {
        return new RenderedQuery(query);
    }

    /** A place for a value given later to {@link #fetch}. */
    static <T> Param<T> parameter(Class<T> type) {
        return DSL.param(type);
    }

    Result<Record> fetch(DSLContext dsl, Object... values) {
        return dsl.resultQuery(sql, values).coerce(fields).fetch();
    }

    /** The rows as records of {@code table}, whose columns this query selects in the table's order. */
    <T extends TableRecord<T>> Result<T> fetchInto(DSLContext dsl, Table<T> table, Object... values) {
        return dsl.resultQuery(sql, values).coerce(table).fetch();
    }
}
