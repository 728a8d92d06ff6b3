// Projector mode: a module as slides an instructor shows to the whole room, step by step,
// with the answers held back until revealed. Content only: nothing about any trainee.
#pragma once

#include "course.h"
#include "lessonslides.h"

namespace khien {

// One option, item, flagged part or scenario choice on a slide.
struct SlideLine
{
    QString text;
    bool correct = false;
    // Wrong options: why not (explanation); scenario choices off the best path: what happens
    // (consequence); matching: the matched partner (text is then the left-hand side).
    QString note;
};

struct Slide
{
    QString kind;         // "title", "lesson", "question" or "scenario"
    QString heading;      // never empty
    QString body;         // HTML built by lessonMarkdownToHtml for lesson slides, plain text otherwise
    QVector<SlideLine> lines;
    QString reveal;       // shown after the reveal: the right answers' explanations (a
                          // scenario step: the best choice's consequence, then the ending)
    QString context;      // lesson slides: the lesson's title
    QString questionId;   // question and scenario slides
    QString questionType; // question and scenario slides: questionTypeName()
    bool keyPoint = false; // lesson slides holding a key point (a block quote)
};

// The title slide, the lessons cut into projector-sized slides (at headings, key points and
// then paragraphs, at the same places in both languages whenever the two texts have the same
// structure), then every quiz question in content order; a scenario gives one slide per step
// along its best path. A lesson whose text cannot be read gives one slide saying so.
[[nodiscard]] QVector<Slide> projectorDeck(const Module &module, const QString &lang);

} // namespace khien
