// libFuzzer target for the exchange package reader (core/exchange/Package.cpp): a package
// comes from outside, by e-mail or a USB stick, so every byte of it is untrusted. Beyond
// "never crashes" it asserts what the merge relies on: an accepted package names its
// analysis in its records, every part the manifest lists matches its SHA-256, and the
// records read back the same when parsed again.
#include "Package.h"

#include <cstdio>
#include <cstdlib>

namespace {

void expect(bool condition, const char* what)
{
    if (condition)
        return;
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const auto package = PackageFile::readBytes(bytes, &error);
    if (!package) {
        expect(!error.isEmpty(), "a refusal says why");
        return 0;
    }
    expect(error.isEmpty(), "an accepted package has no error");
    const Manifest& m = package->manifest;
    expect(m.formatVersion >= 1 && m.formatVersion <= PackageFile::kFormatVersion, "a known format version");
    expect(package->payload.contains(m.analysisUuid), "the payload holds the analysis the manifest names");
    expect(package->base.contains(m.analysisUuid), "the base holds it too");
    for (const auto& f : m.files) {
        const QByteArray& part = f.name == QLatin1String("payload.json") ? package->payloadJson
            : f.name == QLatin1String("base.json")                       ? package->baseJson
            : f.name == QLatin1String("template.json")                   ? package->templateJson
                                                                         : package->summaryHtml;
        expect(PackageFile::sha256(part) == f.sha256, "every listed part matches its checksum");
    }
    Merge::RecordSet again;
    QList<QString> removals;
    expect(PackageFile::parseRecords(PackageFile::recordsJson(package->payload, package->removals), &again, &removals,
                                     &error),
           "the records write and read back");
    expect(again == package->payload, "the records read back the same");
    return 0;
}
