// Cutting lessons into projector slides: blocks, sections, then even groups of blocks.
#include "lessonslides.h"

#include "lessonbody.h"

#include <QRegularExpression>

#include <algorithm>

namespace khien {

namespace {

// A paragraph, list item, table or code block of a lesson; a section ends at each heading
// and around each key point, and no slide spans two sections.
struct Block
{
    int section = 0;
    QString heading;
    bool keyPoint = false;
    QString markdown;
    int words = 0;
};

struct Chunk
{
    QString heading;
    bool keyPoint = false;
    QStringList parts;
    int words = 0;
};

QString plainHeading(QString text)
{
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    text.replace(link, QStringLiteral("\\1"));
    return text.remove(QLatin1String("**")).remove(QLatin1String("__")).remove(QLatin1Char('`')).trimmed();
}

// Splits a block over `limit` words at sentence ends (not tables or code).
QStringList sentenceParts(const QString &markdown, int limit = kSlideWordLimit)
{
    if (slideWordCount(markdown) <= limit || markdown.startsWith(QLatin1String("```"))
        || markdown.startsWith(QLatin1Char('|')))
        return {markdown};
    static const QRegularExpression end(QStringLiteral("(?<=[.!?;:])\\s+"));
    QStringList parts;
    QString part;
    for (const QString &sentence : markdown.split(end, Qt::SkipEmptyParts)) {
        if (!part.isEmpty() && slideWordCount(part + QLatin1Char(' ') + sentence) > limit) {
            parts.append(part);
            part.clear();
        }
        part += (part.isEmpty() ? QString() : QStringLiteral(" ")) + sentence;
    }
    if (!part.isEmpty())
        parts.append(part);
    return parts;
}

QVector<Block> lessonBlocks(const QString &markdown)
{
    static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$"));
    static const QRegularExpression item(QStringLiteral("^\\s{0,3}([-*+]|\\d{1,9}[.)])\\s"));
    QVector<Block> blocks;
    int section = 0;
    QString title;
    bool keyPoint = false;
    QString current;
    const auto flush = [&] {
        if (!current.trimmed().isEmpty())
            for (const QString &part : sentenceParts(current.trimmed()))
                blocks.append({section, title, keyPoint, part, slideWordCount(part)});
        current.clear();
    };
    for (const LessonSegment &segment : splitKeyPoints(markdown)) {
        flush();
        ++section;
        keyPoint = segment.keyPoint;
        bool inCode = false;
        for (const QString &line : segment.markdown.split(QLatin1Char('\n'))) {
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(QLatin1String("```"))) {
                inCode = !inCode;
            } else if (!inCode) {
                if (trimmed.isEmpty()) {
                    flush();
                    continue;
                }
                if (const auto h = heading.match(line); h.hasMatch() && !keyPoint) {
                    flush();
                    ++section;
                    title = plainHeading(h.captured(1));
                    continue;
                }
                if (item.match(line).hasMatch())
                    flush();
            }
            current += line + QLatin1Char('\n');
        }
    }
    flush();
    return blocks;
}

int groupsAt(const QVector<int> &words, int cap, QVector<int> *starts = nullptr)
{
    int groups = 0;
    int sum = 0;
    for (int i = 0; i < words.size(); ++i) {
        if (groups == 0 || sum + words.at(i) > cap) {
            ++groups;
            sum = 0;
            if (starts)
                starts->append(i);
        }
        sum += words.at(i);
    }
    return groups;
}

// Where the slides of one section start: as few slides as the limit allows, as even as possible.
QVector<int> evenStarts(const QVector<int> &words)
{
    const int most = *std::max_element(words.cbegin(), words.cend());
    int high = std::max(kSlideWordLimit, most);
    const int groups = groupsAt(words, high);
    int low = most;
    while (low < high) {
        const int mid = (low + high) / 2;
        if (groupsAt(words, mid) <= groups)
            high = mid;
        else
            low = mid + 1;
    }
    QVector<int> starts;
    groupsAt(words, low, &starts);
    return starts;
}

QVector<Chunk> chunks(const QVector<Block> &blocks, const QVector<int> &weights)
{
    QVector<Chunk> result;
    for (int i = 0; i < blocks.size();) {
        int end = i;
        while (end < blocks.size() && blocks.at(end).section == blocks.at(i).section)
            ++end;
        const QVector<int> starts = evenStarts(weights.mid(i, end - i));
        for (int k = 0; k < starts.size(); ++k) {
            const int from = i + starts.at(k);
            const int to = k + 1 < starts.size() ? i + starts.at(k + 1) : end;
            Chunk chunk{blocks.at(from).heading, blocks.at(from).keyPoint, {}, 0};
            for (int b = from; b < to; ++b) {
                chunk.parts.append(blocks.at(b).markdown);
                chunk.words += blocks.at(b).words;
            }
            result.append(chunk);
        }
        i = end;
    }
    return result;
}

QVector<int> wordsOf(const QVector<Block> &blocks)
{
    QVector<int> words;
    for (const Block &b : blocks)
        words.append(b.words);
    return words;
}

// Splits the longest splittable slides until the deck has `count` slides (or cannot grow).
void growTo(QVector<Chunk> &deck, qsizetype count)
{
    while (deck.size() < count) {
        int longest = -1;
        for (int i = 0; i < deck.size(); ++i) {
            Chunk &c = deck[i];
            if (c.parts.size() == 1)
                c.parts = sentenceParts(c.parts.first(), (c.words + 1) / 2);
            if (c.parts.size() > 1 && (longest < 0 || c.words > deck.at(longest).words))
                longest = i;
        }
        if (longest < 0)
            return;
        Chunk first = deck.at(longest);
        Chunk second{first.heading, first.keyPoint, {}, 0};
        while (first.parts.size() > 1 && second.words < first.words) {
            const int words = slideWordCount(first.parts.last());
            second.parts.prepend(first.parts.takeLast());
            second.words += words;
            first.words -= words;
        }
        deck[longest] = first;
        deck.insert(longest + 1, second);
    }
}

// The lesson cut into slides. With both languages' text, the cuts fall at the same blocks
// in both when their structure matches, and the two decks have as many slides either way.
QVector<Chunk> lessonChunks(const QString &markdown, const QString &otherMarkdown)
{
    const QVector<Block> mine = lessonBlocks(markdown);
    const QVector<Block> other = lessonBlocks(otherMarkdown);
    if (other.isEmpty())
        return chunks(mine, wordsOf(mine));
    bool aligned = mine.size() == other.size();
    for (int i = 0; aligned && i < mine.size(); ++i)
        aligned = mine.at(i).section == other.at(i).section;
    if (aligned) {
        QVector<int> weights = wordsOf(mine);
        for (int i = 0; i < weights.size(); ++i)
            weights[i] = std::max(weights.at(i), other.at(i).words);
        return chunks(mine, weights);
    }
    QVector<Chunk> result = chunks(mine, wordsOf(mine));
    growTo(result, chunks(other, wordsOf(other)).size());
    return result;
}

} // namespace

QVector<LessonSlideText> lessonSlides(const QString &markdown, const QString &otherMarkdown)
{
    QVector<LessonSlideText> slides;
    for (const Chunk &chunk : lessonChunks(markdown, otherMarkdown))
        slides.append({chunk.heading, chunk.keyPoint, chunk.parts.join(QLatin1String("\n\n"))});
    return slides;
}

int slideWordCount(const QString &text)
{
    static const QRegularExpression target(QStringLiteral("\\]\\([^)]*\\)"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]"));
    QString plain = text;
    plain.replace(target, QStringLiteral("]"));
    int words = 0;
    for (const QString &token : plain.split(space, Qt::SkipEmptyParts))
        words += token.contains(word) ? 1 : 0;
    return words;
}

} // namespace khien
