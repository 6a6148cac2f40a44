#include "jsonvalue.h"
#include "tuitest.h"

using namespace bt::tui;

TUI_TEST(parsesNestedObjectsInOrder)
{
    const Outcome<JsonValue> value
        = JsonValue::parse(R"( {"b": [1, "two", true, null], "a": {"x": -3.5e2}} )");
    CHECK(value.ok());
    CHECK(value->isObject());
    CHECK_EQ(value->members().at(0).first, std::string("b"));
    const JsonValue *list = value->member("b");
    CHECK(list && list->isArray());
    CHECK_EQ(list->items().size(), std::size_t(4));
    CHECK_EQ(list->items()[0].toInt(), std::int64_t(1));
    CHECK_EQ(list->items()[1].text(), std::string("two"));
    CHECK(list->items()[2].boolean());
    CHECK(list->items()[3].isNull());
    CHECK_EQ(value->member("a")->member("x")->text(), std::string("-3.5e2"));
    CHECK(value->member("missing") == nullptr);
}

TUI_TEST(decodesEscapes)
{
    const Outcome<JsonValue> value
        = JsonValue::parse(R"("http:\/\/h\/a \"q\" \\ \n \u00e9 \ud83d\ude00")");
    CHECK(value.ok());
    CHECK_EQ(value->text(), std::string("http://h/a \"q\" \\ \n \xc3\xa9 \xf0\x9f\x98\x80"));
}

TUI_TEST(readsDecimalStringsAsNumbers)
{
    CHECK_EQ(JsonValue::parse("\"4000000\"")->toInt(), std::int64_t(4000000));
    CHECK_EQ(JsonValue::parse("\"12abc\"")->toInt(-1), std::int64_t(-1));
}

TUI_TEST(rejectsMalformedText)
{
    for (const char *text :
        { "", "{", "{\"a\" 1}", "[1,]x", "\"open", "{\"a\":1}}", "tru", "[1 2]" }) {
        const Outcome<JsonValue> value = JsonValue::parse(text);
        CHECK(!value);
        CHECK_CONTAINS(value.error(), "malformed JSON");
    }
}

TUI_TEST(rejectsDeepNesting)
{
    CHECK(!JsonValue::parse(std::string(200, '[') + std::string(200, ']')));
}

TUI_TEST(quoteEscapesWhatJsonNeeds)
{
    CHECK_EQ(JsonValue::quote("a\"b\\c\nd\x01"), std::string("\"a\\\"b\\\\c\\nd\\u0001\""));
    const std::string original = "tab\t \"quoted\" \\ \xc3\xa9";
    CHECK_EQ(JsonValue::parse(JsonValue::quote(original))->text(), original);
}

TUI_TEST_MAIN()
