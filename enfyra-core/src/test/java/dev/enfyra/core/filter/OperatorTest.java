package dev.enfyra.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.enfyra.core.schema.DataType;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorTest {

    @Test
    void jsonNamesAndTheNinAlias() {
        List<String> names = List.of("_eq", "_neq", "_gt", "_gte", "_lt", "_lte", "_in", "_not_in", "_contains",
                "_starts_with", "_ends_with", "_between", "_is_null", "_is_not_null");
        assertEquals(names, java.util.Arrays.stream(Operator.values()).map(Operator::jsonName).toList());
        for (Operator op : Operator.values()) {
            assertEquals(op, Operator.fromJsonName(op.jsonName()).orElseThrow());
        }
        assertEquals(Operator.NOT_IN, Operator.fromJsonName("_nin").orElseThrow());
        assertTrue(Operator.fromJsonName("_and").isEmpty());
        assertTrue(Operator.fromJsonName("eq").isEmpty());
    }

    @Test
    void operatorsApplyToTheTypesThatGiveThemAMeaning() {
        assertFalse(Operator.CONTAINS.appliesTo(DataType.INT));
        assertFalse(Operator.GT.appliesTo(DataType.BOOLEAN));
        assertFalse(Operator.GT.appliesTo(DataType.UUID));
        assertFalse(Operator.EQ.appliesTo(DataType.SIMPLE_JSON));
        assertTrue(Operator.IS_NULL.appliesTo(DataType.ARRAY_SELECT));
        assertTrue(Operator.BETWEEN.appliesTo(DataType.TIMESTAMP));
        assertTrue(Operator.STARTS_WITH.appliesTo(DataType.OBJECT_ID));
        assertTrue(Operator.IN.appliesTo(DataType.UUID));
        assertEquals(List.of(Operator.EQ, Operator.NEQ, Operator.IN, Operator.NOT_IN, Operator.IS_NULL,
                Operator.IS_NOT_NULL), Operator.applicableTo(DataType.BOOLEAN));
    }

    @Test
    void threeValuedLogic() {
        assertEquals(Truth.UNKNOWN, Truth.UNKNOWN.not());
        assertEquals(Truth.FALSE, Truth.UNKNOWN.and(Truth.FALSE));
        assertEquals(Truth.UNKNOWN, Truth.UNKNOWN.and(Truth.TRUE));
        assertEquals(Truth.TRUE, Truth.UNKNOWN.or(Truth.TRUE));
        assertEquals(Truth.UNKNOWN, Truth.UNKNOWN.or(Truth.FALSE));
    }

    @Test
    void textFoldingStripsAccentsAndCase() {
        assertEquals("resume", TextFold.fold("Résumé"));
        assertEquals("istanbul", TextFold.fold("İSTANBUL"));
        assertEquals("unicode_你好", TextFold.fold("unicode_你好"));
        assertEquals("fi", TextFold.fold("ﬁ")); // NFKD splits the ligature
    }
}
