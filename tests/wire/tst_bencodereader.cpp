#include <wire/bencodereader.h>

#include <gtest/gtest.h>

#include <random>

using bt::wire::BencodeReader;
using bt::wire::BencodeValue;
using Error = BencodeReader::Error;

namespace {

Error errorOf(const std::string &data) { return BencodeReader::read(data).error; }

std::string nested(char open, std::size_t depth)
{
    return std::string(depth, open) + std::string(depth, 'e');
}

} // namespace

TEST(BencodeReader, readsEveryType)
{
    const BencodeReader::Read read = BencodeReader::read("d1:ai-42e1:bl3:xyzi0edee1:c0:e");
    ASSERT_TRUE(read.ok());
    const BencodeValue &root = read.value;
    ASSERT_TRUE(root.isDictionary());
    ASSERT_EQ(root.dictionary.size(), 3u);
    EXPECT_EQ(root.find("a")->integer, -42);
    const BencodeValue *list = root.find("b");
    ASSERT_EQ(list->list.size(), 3u);
    EXPECT_EQ(list->list[0].string, "xyz");
    EXPECT_TRUE(list->list[1].isInteger());
    EXPECT_TRUE(list->list[2].isDictionary());
    EXPECT_TRUE(root.find("c")->isString());
    EXPECT_EQ(root.find("c")->string, "");
    EXPECT_EQ(root.find("d"), nullptr);
}

TEST(BencodeReader, stringsAreBytes)
{
    const std::string bytes("\0\xff:e", 4);
    const BencodeReader::Read read = BencodeReader::read("4:" + bytes);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value.string, bytes);
}

TEST(BencodeReader, integersReachBothEndsOfInt64)
{
    EXPECT_EQ(BencodeReader::read("i9223372036854775807e").value.integer, INT64_MAX);
    EXPECT_EQ(BencodeReader::read("i-9223372036854775808e").value.integer, INT64_MIN);
    EXPECT_EQ(errorOf("i9223372036854775808e"), Error::NumberTooLarge);
    EXPECT_EQ(errorOf("i-9223372036854775809e"), Error::NumberTooLarge);
}

TEST(BencodeReader, namesWhatIsWrongAndWhere)
{
    EXPECT_EQ(errorOf(""), Error::EndsEarly);
    EXPECT_EQ(errorOf("<html>"), Error::UnexpectedCharacter);
    EXPECT_EQ(errorOf("l1:a"), Error::ListDoesNotEnd);
    EXPECT_EQ(errorOf("d5:filesd"), Error::DictionaryDoesNotEnd);
    EXPECT_EQ(errorOf("ie"), Error::NumberHasNoDigits);
    EXPECT_EQ(errorOf("i-e"), Error::NumberHasNoDigits);
    EXPECT_EQ(errorOf("i12"), Error::NumberDoesNotEnd);
    EXPECT_EQ(errorOf("i99999999999999999999999e"), Error::NumberTooLarge);
    EXPECT_EQ(errorOf("di1ei2ee"), Error::StringExpected);
    EXPECT_EQ(errorOf("d5:files99:abce"), Error::StringLongerThanData);
    EXPECT_EQ(errorOf("d5:filesdeeXYZ"), Error::DataFollows);
    EXPECT_EQ(BencodeReader::read("d5:filesdeeXYZ").position, 11u);
}

TEST(BencodeReader, hostileLengthsEndTheRead)
{
    // A length that wrapped the position around once looped forever.
    EXPECT_EQ(errorOf("l18446744073709551595:"), Error::NumberTooLarge);
    EXPECT_EQ(errorOf("d5:filesd18446744073709551615:ee"), Error::NumberTooLarge);
    EXPECT_EQ(errorOf("99999999999999999999999:x"), Error::NumberTooLarge);
    EXPECT_EQ(errorOf("d5:filesd-1:aee"), Error::StringExpected);
    EXPECT_EQ(errorOf("d5:filesd 2:abee"), Error::StringExpected);
    EXPECT_EQ(errorOf("9223372036854775807:x"), Error::StringLongerThanData);
}

TEST(BencodeReader, nestingIsBounded)
{
    EXPECT_TRUE(BencodeReader::read(nested('l', BencodeReader::MaxDepth + 1)).ok());
    EXPECT_EQ(errorOf(nested('l', BencodeReader::MaxDepth + 2)), Error::NestedTooDeeply);
    EXPECT_EQ(errorOf(nested('l', 100000)), Error::NestedTooDeeply);
    std::string dictionaries;
    for (int i = 0; i < 50000; ++i)
        dictionaries += "d1:a";
    EXPECT_EQ(errorOf(dictionaries), Error::NestedTooDeeply);
}

TEST(BencodeReader, sizeAndNumberOfValuesAreBounded)
{
    EXPECT_EQ(errorOf(std::string(BencodeReader::MaxSize + 1, 'x')), Error::TooLarge);
    std::string many = "l";
    for (std::size_t i = 0; i < BencodeReader::MaxValues; ++i)
        many += "le";
    EXPECT_EQ(errorOf(many + "e"), Error::TooManyValues);
    many.resize(many.size() - 2);
    EXPECT_TRUE(BencodeReader::read(many + "e").ok());
}

TEST(BencodeReader, survivesRandomBytes)
{
    std::mt19937 random(20240611);
    for (int round = 0; round < 20000; ++round) {
        std::string data(random() % 64, '\0');
        for (char &c : data)
            c = "dlie0123456789:-x"[random() % 17];
        const BencodeReader::Read read = BencodeReader::read(data);
        if (!read.ok()) {
            EXPECT_LE(read.position, data.size());
        }
    }
}
