import Foundation
import TestSupport
import Testing

@testable import ProgrammeCore

@Suite struct CatalogueTests {
  /// Messages that read the same in both languages: names, codes, and frames around values.
  static let sameInBothLanguages: Set<String> = [
    "verbatim", "invalidRecord", "invalidInput", "typeNull", "typeString", "typeArray",
    "milestoneBimtek1", "milestoneBimtek2", "milestoneBimtek3", "milestoneBimtek4",
    "columnProvinceCode", "columnStatus", "coverageComplete", "recordWarning", "diffField", "funnelFigureImplied",
  ]

  /// One message as its declaration in `Sources/` gives it.
  struct Declaration: Sendable, CustomStringConvertible {
    var name: String
    var file: String
    var english: String
    var indonesian: String
    var description: String { name }
  }

  /// Every `static let NAME = Message(english: "…", indonesian: "…")` of both modules, read from
  /// the sources: messages live beside the code that raises them, so no list of them exists to
  /// forget one in.
  static let declarations: [Declaration] = {
    let sources = TestStore.packageRoot + "/Sources"
    let declaration = #/static let (\w+) = Message\(\s*english:\s*"((?:[^"\\]|\\.)*)",\s*indonesian:\s*"((?:[^"\\]|\\.)*)"\s*\)/#
    var found: [Declaration] = []
    let files = FileManager.default.enumerator(atPath: sources)?.compactMap { $0 as? String } ?? []
    for file in files.sorted() where file.hasSuffix(".swift") {
      let text = (try? String(contentsOfFile: sources + "/" + file, encoding: .utf8)) ?? ""
      for match in text.matches(of: declaration) {
        found.append(
          Declaration(
            name: String(match.1), file: file, english: unescaped(String(match.2)), indonesian: unescaped(String(match.3))))
      }
    }
    return found
  }()

  /// A Swift string literal's text: the escapes the messages use.
  static func unescaped(_ literal: String) -> String {
    var result = ""
    var escaped = false
    for character in literal {
      if escaped {
        switch character {
        case "n": result.append("\n")
        case "t": result.append("\t")
        default: result.append(character)
        }
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// The scan finds every declaration: as many as the sources write `= Message(`, each name once.
  @Test func everyDeclaration_isRead() throws {
    let sources = TestStore.packageRoot + "/Sources"
    var written = 0
    for file in FileManager.default.enumerator(atPath: sources)?.compactMap({ $0 as? String }) ?? []
    where file.hasSuffix(".swift") {
      let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
      written += text.components(separatedBy: "= Message(").count - 1
    }
    #expect(Self.declarations.count == written)
    #expect(Self.declarations.count > 600)
    #expect(Set(Self.declarations.map(\.name)).count == Self.declarations.count)
    // The scan reads what the code prints.
    #expect(Self.declarations.first { $0.name == "storeNotFound" }?.english == Message.storeNotFound.template(in: .english))
  }

  @Test(arguments: declarations)
  func everyMessage_hasEnglishAndIndonesianText(message: Declaration) {
    #expect(message.english.contains { !$0.isWhitespace }, "\(message) has no English text")
    #expect(message.indonesian.contains { !$0.isWhitespace }, "\(message) has no Indonesian text")
  }

  @Test(arguments: declarations)
  func translations_nameTheSameValues(message: Declaration) {
    #expect(Phrase.placeholders(in: message.indonesian) == Phrase.placeholders(in: message.english), "\(message)")
  }

  @Test(arguments: declarations)
  func indonesian_isTranslatedNotCopied(message: Declaration) {
    guard !Self.sameInBothLanguages.contains(message.name) else { return }
    #expect(message.indonesian != message.english, "\(message) is not translated")
  }

  @Test func sentences_endAlikeInBothLanguages() {
    // Help sentences end with a period in English; the translation must not drop it (or add one).
    for message in Self.declarations {
      #expect(message.english.hasSuffix(".") == message.indonesian.hasSuffix("."), "\(message)")
    }
  }

  @Test func phrases_fillValuesInTheirLanguage() {
    let date = CalendarDate(year: 2021, month: 5, day: 20)!
    let phrase = Phrase(.duplicateMoU, ["id": "mou-2021-53.19", "date": .date(date)])
    #expect(phrase.text(in: .english).contains("mou-2021-53.19, signed 2021-05-20;"))
    #expect(phrase.text(in: .indonesian).contains("mou-2021-53.19, ditandatangani 20 Mei 2021;"))
    // A phrase inside a phrase follows the outer one's language.
    let error = ProgrammeError.unknownRegency(input: "Atlantis", suggestions: [])
    #expect(error.message(in: .indonesian).hasPrefix("tidak ada kabupaten/kota yang cocok dengan 'Atlantis'; pakai kode"))
    #expect(
      error.message == "no regency or city matches 'Atlantis'; use a Kemendagri code such as 53.19 or a name; "
        + "the list of regions has every code and name")
  }

  /// One of every error, with values; `everyError_fillsEveryValue` checks the list is complete.
  static let errors: [ProgrammeError] = {
    let date = CalendarDate(year: 2021, month: 5, day: 20)!
    let reason = Phrase(.expectedString, ["found": .phrase(Phrase(.typeNumber))])
    return [
      .storeNotFound(path: "D"), .storeNotADirectory(path: "D"), .storeAlreadyExists(path: "D"),
      .missingFile(path: "f"), .notAFile(path: "f"), .emptyFile(path: "f"), .notUTF8(path: "f", line: 1, column: 2),
      .syntax(path: "f", line: 1, column: 2, reason: Phrase(.jsonDuplicateKey, ["key": "a"])),
      .invalidRecord(file: "f", record: Phrase(.record, ["index": 3]), field: "name", reason: reason),
      .invalidRecord(file: "f", record: Phrase(.theFile), field: nil, reason: reason),
      .unsupportedVersion(path: "f", found: 2, supported: 1), .duplicateID(file: "f", id: "x"),
      .danglingReference(file: "f", record: "'x'", field: "cohort", value: "2099", target: .cohorts),
      .readFailed(path: "f", reason: "Permission denied"), .writeFailed(path: "f", reason: "No space left on device"),
      .commitUnfinished(path: "f", reason: "Input/output error"),
      .storeReadOnly(path: "D", reason: "Read-only file system"), .outputFailed(path: "f", reason: "No space left on device"),
      .notReadableFile(path: "f"), .noSuchFile(path: "f"),
      .locked(path: "f", seconds: 10), .unknownRegency(input: "x", suggestions: []),
      .unknownRegency(input: "x", suggestions: ["Kota Bogor"]), .ambiguousRegency(input: "Bekasi", candidates: ["a", "b"]),
      .unknownProvince(input: "x", suggestions: []), .unknownCohort(input: "x", known: ["2021"]),
      .noCohortForYear(year: 2020, known: ["2021"]), .severalCohortsForYear(year: 2021, cohorts: ["a", "b"]),
      .duplicateMoU(id: "m", signedOn: ReportedDate(date)),
      .dateOutsideCohort(date: ReportedDate(date), cohort: "2022", years: [2022]),
      .unknownLetter(number: "n", known: []), .unknownLetter(number: "n", known: ["B-1"]),
      .noMembership(regency: "r", cohort: nil), .noMembership(regency: "r", cohort: "2021"),
      .severalMemberships(regency: "r", cohorts: ["a", "b"]), .duplicateMilestone(id: "m"), .duplicateQuickWin(id: "q"),
      .nothingToUndo(path: "j"), .brokenJournal(path: "j", reason: Phrase(.journalFileMissing, ["file": "mous.json"])),
      .unknownMoU(id: "m", suggestions: []), .recordInUse(id: "m", records: ["x"]),
      .duplicateRecord(collection: .letters, id: "x"), .invalidInput(field: "f", reason: reason),
      .importFailed(file: "f", problems: [Phrase(.csvLineProblem, ["line": 2, "problem": .phrase(reason)])]),
      .importFailed(file: "f", problems: [Phrase(.csvEmpty), Phrase(.csvColumnTwice, ["column": "a"])]),
      .importFailed(file: "f", problems: [Phrase(.csvEmpty)], missing: [.ceremonies]),
      .gitUnavailable(reason: "No such file"), .gitFailed(command: "git log", message: "fatal: not a git repository"),
      .unknownRevision(revision: "nope"), .unknownRecord(id: "x"),
      .regionNotRecord(input: "Kota Bogor", code: "32.71", ids: ["mou-2017-32.71"]),
      .cohortIsAPhase(input: "2019", cohort: "2017"), .unknownPhase(input: 2020, cohort: nil, known: ["2019 (cohort 2017)"]),
      .unknownPhase(input: 2019, cohort: "2021", known: ["2019 (cohort 2017)"]),
      .provinceNotRegion(input: "Jakarta", province: "DKI Jakarta", regions: ["Kota A (31.71)"]),
      .changedSinceWrite(file: "mous.json", command: "smartcity add-mou"),
      .unresolvedConflicts(path: "Data/conflicts.json", count: 2),
      .unresolvedConflicts(path: "Data/conflicts.json", count: 0),
      .unresolvedConflicts(path: "Data/conflicts.json", count: nil),
      .notARepository(path: "Data"),
    ]
  }()

  @Test func everyError_fillsEveryValue() throws {
    for error in Self.errors {
      for language in Language.allCases {
        let text = error.message(in: language)
        #expect(Phrase.placeholders(in: text).isEmpty, "\(error) in \(language): \(text)")
      }
      #expect(error.message(in: .indonesian) != error.message(in: .english), "\(error)")
    }
    // The list above holds every case the enum declares.
    let source = try String(
      contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/ProgrammeCore/ProgrammeError.swift").path, encoding: .utf8)
    let declared = Set(
      source.split(separator: "\n").compactMap { line -> String? in
        guard line.hasPrefix("  case "), let open = line.firstIndex(of: "(") else { return nil }
        return String(line[line.index(line.startIndex, offsetBy: 7)..<open])
      })
    let sampled = Set(Self.errors.compactMap { Mirror(reflecting: $0).children.first?.label })
    #expect(!declared.isEmpty)
    #expect(declared == sampled, "not sampled: \(declared.subtracting(sampled).sorted())")
  }

  /// Placeholders are filled by bytes: text around them, beside each other, at either end,
  /// and with letters beyond ASCII, is kept as written.
  @Test(arguments: [
    ("{a}", "1"), ("x{a}y", "x1y"), ("{a}{b}", "1é"), ("{{a}}", "{1}"), ("{a", "{a"), ("a}", "a}"),
    ("Rp {a} — ménu {b} 😀", "Rp 1 — ménu é 😀"), ("{c} {a}", "{c} 1"), ("no braces", "no braces"), ("{}", "{}"),
  ])
  func placeholders_areFilledWhereTheyStand(template: String, filled: String) {
    #expect(Phrase.fill(template, with: ["a": .number(1), "b": .text("é")], in: .english) == filled)
  }

  /// No message says "1 records": a noun counted by a number agrees with it
  /// (`{count} {count|record|records}`), in every message of both modules.
  @Test func countedNouns_agreeWithTheirNumber() {
    let nouns = [
      "regions", "records", "MoUs", "members", "sources", "errors", "warnings", "rows", "reports", "signings",
      "repeats", "milestones", "sessions", "files", "publishers", "changes", "pages", "characters", "levels", "fields",
    ]
    let counted = try! Regex("\\{(\\w+)\\}((?: [A-Za-z-]+){0,2}?) (\(nouns.joined(separator: "|")))\\b")
    // A number that counts something else ("{count} from repeats"), or a value that is no number.
    let notCounting: Set<String> = ["needsYes", "siteWouldOverwrite", "noSourcesField", "repeatsNotYetKnown"]
    for declaration in Self.declarations where !notCounting.contains(declaration.name) {
      #expect(declaration.english.firstMatch(of: counted) == nil, "\(declaration.name): \(declaration.english)")
    }
    let message = Message(english: "Imported {count} {count|record|records}", indonesian: "Diimpor {count} entri")
    #expect(Phrase(message, ["count": 1]).text(in: .english) == "Imported 1 record")
    #expect(Phrase(message, ["count": 3]).text(in: .english) == "Imported 3 records")
    #expect(Phrase(message, ["count": 0]).text(in: .english) == "Imported 0 records")
    #expect(Phrase(message, ["count": 1]).text(in: .indonesian) == "Diimpor 1 entri")
    #expect(Phrase.placeholders(in: message.template(in: .english)) == ["count"])
  }

  @Test func braces_thatAreNotPlaceholders_areKept() {
    let phrase = Phrase(.expectedJSONObjects)
    #expect(phrase.text(in: .english).hasSuffix("such as [{\"name\": \"...\"}]"))
    #expect(Phrase.placeholders(in: "a {b} {c d} {} {e") == ["b"])
  }

  @Test(
    arguments: [
      (nil, [:], Language.english),
      ("id", ["SMARTCITY_LANG": "en"], .indonesian),
      ("en", ["SMARTCITY_LANG": "id"], .english),
      (nil, ["SMARTCITY_LANG": "id", "LANG": "en_US.UTF-8"], .indonesian),
      (nil, ["SMARTCITY_LANG": "fr", "LANG": "id_ID.UTF-8"], .indonesian),
      (nil, ["LANG": "id_ID.UTF-8"], .indonesian),
      (nil, ["LC_MESSAGES": "id_ID", "LANG": "en_GB.UTF-8"], .indonesian),
      (nil, ["LC_ALL": "C.UTF-8", "LANG": "id_ID.UTF-8"], .english),
      (nil, ["LC_ALL": "", "LANG": "id_ID.UTF-8"], .indonesian),
      (nil, ["LANG": "en_US.UTF-8"], .english),
      ("fr", ["LANG": "id_ID"], .indonesian),
    ] as [(String?, [String: String], Language)])
  func language_isTheOptionThenTheSettingThenTheLocale(option: String?, environment: [String: String], expected: Language) {
    #expect(Language.chosen(option: option, environment: environment) == expected)
  }

  @Test func dates_areWrittenAsEachLanguageWritesThem() {
    let date = CalendarDate(year: 2022, month: 8, day: 1)!
    #expect(date.text(in: .english) == "2022-08-01")
    #expect(date.text(in: .indonesian) == "1 Agustus 2022")
    #expect(TableValue.date(date).text(in: .indonesian) == "1 Agustus 2022")
    // Machines read the same text whatever the language.
    #expect(TableValue.date(date).plainText == "2022-08-01")
    #expect(TableValue.words(.phrase(Phrase(.yes))).plainText == "yes")
    #expect(TableValue.words(.phrase(Phrase(.yes))).text(in: .indonesian) == "ya")
  }
}
