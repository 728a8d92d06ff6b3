#include "moodleexport.h"

namespace khien {

QString redFlagsNote(const QString &lang)
{
    // In the bank's language, not the user's: it is part of the question text.
    return lang == QLatin1String("vi") ? QStringLiteral("(Chọn mọi phần của tin nhắn là dấu hiệu cảnh báo.)")
                                       : QStringLiteral("(Choose every part of the message that is a warning sign.)");
}

BankExport exportBank(const Module &module, const QString &lang, BankFormat format)
{
    return format == BankFormat::Gift ? detail::giftBankOf(module, lang) : detail::moodleXmlBankOf(module, lang);
}

} // namespace khien
