package shaktiman.app.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Verifies that {@link MessageInspector} classifies every MCP-8 / MI-20 case by streaming, ids keeping their type. */
class MessageInspectorTest {

    private static Inspection inspect(String line) {
        return MessageInspector.inspect(line.getBytes(UTF_8));
    }

    @Test
    void inspect_notJson_isParseError() {
        assertThat(inspect("{\"jsonrpc\":\"2.0\",")).isInstanceOf(Inspection.ParseError.class);
        assertThat(inspect("hello")).isInstanceOf(Inspection.ParseError.class);
    }

    @Test
    void inspect_twoValuesOnOneLine_isParseError() {
        assertThat(inspect("{\"a\":1} {\"b\":2}")).isInstanceOf(Inspection.ParseError.class);
    }

    @Test
    void inspect_batchArray_isNotAnObject() {
        assertThat(inspect("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]"))
                .isEqualTo(new Inspection.NotAnObject(true));
    }

    @Test
    void inspect_scalar_isNotAnObject() {
        assertThat(inspect("42")).isEqualTo(new Inspection.NotAnObject(false));
    }

    @Test
    void inspect_wrongJsonrpcVersion_isInvalidWithTheIdEchoed() {
        Inspection inspection = inspect("{\"jsonrpc\":\"1.0\",\"id\":3,\"method\":\"ping\"}");

        assertThat(inspection).isInstanceOf(Inspection.InvalidRequest.class);
        assertThat(((Inspection.InvalidRequest) inspection).id()).isEqualTo(JsonRpcId.of(3));
    }

    @Test
    void inspect_missingJsonrpc_isInvalid() {
        assertThat(inspect("{\"id\":3,\"method\":\"ping\"}")).isInstanceOf(Inspection.InvalidRequest.class);
    }

    @Test
    void inspect_methodNotAString_isInvalidWithTheIdEchoed() {
        Inspection inspection = inspect("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":5}");

        assertThat(((Inspection.InvalidRequest) inspection).id()).isEqualTo(JsonRpcId.of("a"));
    }

    @Test
    void inspect_idNullFractionalBooleanOrObject_isInvalidWithNullId() {
        for (String id : new String[] {"null", "1.5", "true", "{}", "[1]"}) {
            Inspection inspection = inspect("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"ping\"}");

            assertThat(inspection).as(id).isInstanceOf(Inspection.InvalidRequest.class);
            assertThat(((Inspection.InvalidRequest) inspection).id()).as(id).isNull();
        }
    }

    @Test
    void inspect_requests_keepTheIdsJsonType() {
        Inspection numeric = inspect("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
        Inspection text = inspect("{\"method\":\"tools/list\",\"id\":\"1\",\"jsonrpc\":\"2.0\"}");

        assertThat(numeric).isEqualTo(new Inspection.Request(JsonRpcId.of(1), "tools/list"));
        assertThat(text).isEqualTo(new Inspection.Request(JsonRpcId.of("1"), "tools/list"));
        assertThat(JsonRpcId.of(1)).isNotEqualTo(JsonRpcId.of("1"));
    }

    @Test
    void inspect_hugeIntegerId_keepsItsDigits() {
        Inspection inspection =
                inspect("{\"jsonrpc\":\"2.0\",\"id\":123456789012345678901234567890,\"method\":\"ping\"}");

        assertThat(((Inspection.Request) inspection).id().json()).isEqualTo("123456789012345678901234567890");
    }

    @Test
    void inspect_escapedStringId_equalsItsPlainSpelling() {
        Inspection inspection = inspect("{\"jsonrpc\":\"2.0\",\"id\":\"\\u0061\",\"method\":\"ping\"}");

        assertThat(((Inspection.Request) inspection).id()).isEqualTo(JsonRpcId.of("a"));
    }

    @Test
    void inspect_notification_hasNoId() {
        assertThat(inspect("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"))
                .isEqualTo(new Inspection.Notification("notifications/initialized", null));
    }

    @Test
    void inspect_cancelledNotification_exposesTheRequestIdWhateverTheFieldOrder() {
        Inspection inspection = inspect("{\"params\":{\"reason\":\"x\",\"requestId\":7,\"extra\":{\"requestId\":8}},"
                + "\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\"}");

        assertThat(inspection).isEqualTo(new Inspection.Notification("notifications/cancelled", JsonRpcId.of(7)));
    }

    @Test
    void inspect_notificationWithBadFields_isMalformedNotAnswerable() {
        assertThat(inspect("{\"jsonrpc\":\"2.0\",\"method\":5}")).isInstanceOf(Inspection.MalformedNotification.class);
        assertThat(inspect("{\"method\":\"notifications/initialized\"}"))
                .isInstanceOf(Inspection.MalformedNotification.class);
    }

    @Test
    void inspect_response_isResponseWithItsId() {
        Inspection inspection = inspect("{\"jsonrpc\":\"2.0\",\"id\":\"shaktiman-proxy:1\",\"result\":{\"a\":[1,2]}}");

        assertThat(inspection).isEqualTo(new Inspection.Response(JsonRpcId.of("shaktiman-proxy:1"), false));
        assertThat(((Inspection.Response) inspection).id().stringValue()).startsWith("shaktiman-proxy:");
    }

    @Test
    void inspect_errorResponseWithNullId_isResponseWithoutId() {
        assertThat(inspect("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"Parse error\"}}"))
                .isEqualTo(new Inspection.Response(null, true));
    }

    @Test
    void inspect_objectWithoutMethodOrResult_isInvalidWithTheIdEchoed() {
        Inspection inspection = inspect("{\"jsonrpc\":\"2.0\",\"id\":4}");

        assertThat(inspection).isEqualTo(new Inspection.InvalidRequest(JsonRpcId.of(4), "no method, result or error"));
    }

    @Test
    void inspect_stringLongerThanJacksonsDefaultLimit_isAccepted() {
        String big = "x".repeat(25_000_000);

        Inspection inspection =
                inspect("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"q\":\"" + big + "\"}}");

        assertThat(inspection).isEqualTo(new Inspection.Request(JsonRpcId.of(1), "tools/call"));
    }

    @Test
    void findTopLevelId_integerTouchingTheCut_isNotTrusted() {
        assertThat(MessageInspector.findTopLevelId("{\"id\":123".getBytes(UTF_8)))
                .isNull();
        assertThat(MessageInspector.findTopLevelId("{\"id\":123,\"q\":\"x".getBytes(UTF_8)))
                .isEqualTo(JsonRpcId.of(123));
    }

    @Test
    void findTopLevelId_nestedId_isNotTheTopLevelOne() {
        assertThat(MessageInspector.findTopLevelId("{\"params\":{\"id\":5},\"q\":\"xx".getBytes(UTF_8)))
                .isNull();
    }
}
