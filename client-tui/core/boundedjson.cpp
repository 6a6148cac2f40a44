#include "boundedjson.h"

namespace bt::tui {

namespace {

// The builder behind Json::parse, stopped at the first object or array nested too deep.
class DepthBoundedBuilder : public nlohmann::detail::json_sax_dom_parser<BoundedJson::Json>
{
public:
    DepthBoundedBuilder(BoundedJson::Json &result, int maximumDepth)
        : json_sax_dom_parser(result, /*allow_exceptions=*/false)
        , m_maximumDepth(maximumDepth)
    {
    }

    bool start_object(std::size_t elements)
    {
        return enter() && json_sax_dom_parser::start_object(elements);
    }
    bool start_array(std::size_t elements)
    {
        return enter() && json_sax_dom_parser::start_array(elements);
    }
    bool end_object()
    {
        --m_depth;
        return json_sax_dom_parser::end_object();
    }
    bool end_array()
    {
        --m_depth;
        return json_sax_dom_parser::end_array();
    }
    bool tooDeep() const { return m_tooDeep; }

private:
    bool enter()
    {
        m_tooDeep = m_depth++ > m_maximumDepth;
        return !m_tooDeep;
    }

    int m_maximumDepth;
    int m_depth = 0;
    bool m_tooDeep = false;
};

} // namespace

BoundedJson::Result BoundedJson::parse(const std::string &text, int maximumDepth, Json &value)
{
    DepthBoundedBuilder builder(value, maximumDepth);
    const bool parsed = Json::sax_parse(text, &builder);
    if (builder.tooDeep())
        return Result::TooDeep;
    return parsed ? Result::Parsed : Result::NoJson;
}

std::string BoundedJson::textOf(const Json &object, const char *key)
{
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

} // namespace bt::tui
