package org.triturate.common.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonMediaTypesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/json",
                "Application/JSON",
                "application/json; charset=utf-8",
                "application/json;charset=UTF-8",
                "application/json ; CHARSET = \"utf-8\""
            })
    void jsonInUtf8IsAccepted(String contentType) {
        assertTrue(JsonMediaTypes.accepts(contentType), contentType);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "text/plain",
                "*/*",
                "application/*",
                "application/x-www-form-urlencoded",
                "application/json; charset=utf-16",
                "application/json; charset=iso-8859-1",
                "application/json; charset=utf-8; charset=utf-16",
                "application/json; profile=x",
                "application/json;",
                "application/jsonx",
                "application/problem+json",
                "text/json"
            })
    void anythingElseIsRefused(String contentType) {
        assertFalse(JsonMediaTypes.accepts(contentType), contentType);
    }

    @org.junit.jupiter.api.Test
    void aMissingContentTypeIsRefused() {
        assertFalse(JsonMediaTypes.accepts(null));
    }
}
