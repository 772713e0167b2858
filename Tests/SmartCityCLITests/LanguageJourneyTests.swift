import Foundation
import ProgrammeCore
import TestSupport
import Testing

@testable import SmartCityCLI

/// The main journeys in Indonesian and in English, through the built binary against a temporary
/// copy of the store; and what must not change with the language.
@Suite struct LanguageJourneyTests {
  /// The same journey in each language: register, list, report, show, refuse, undo.
  @Test(
    arguments: [
      (
        ["--lang", "id"], [:],
        [
          "Tercatat mou-2022-32.75: Kota Bekasi, angkatan 2022, ditandatangani 21 April 2022\n",
          "Kode   Daerah", "21 April 2022", "8 daerah; angkatan 2022: 8 dari 50 diketahui\n",
          "Per tahun\n", "Per angkatan\n", "Daerah dalam program: ",
          "21 April 2022  Nota kesepakatan mou-2022-32.75", "  Penanda tangan: Wali Kota Tri Adhianto\n",
          "  Sumber: example.org, https://example.org/kota-bekasi-mou\n",
          "Error: tidak ada kabupaten/kota yang cocok dengan 'Atlantis'; pakai kode Kemendagri",
          "Error: daerah ini sudah memiliki nota kesepakatan pada angkatan itu: mou-2022-32.75, ditandatangani 21 April 2022;",
          "Dibatalkan 'smartcity --lang id add-mou",
        ]
      ),
      (
        [], ["SMARTCITY_LANG": "id", "LANG": "en_US.UTF-8"],
        ["Tercatat mou-2022-32.75: Kota Bekasi, angkatan 2022, ditandatangani 21 April 2022\n"]
      ),
      (
        [], ["LANG": "id_ID.UTF-8"],
        ["Tercatat mou-2022-32.75: Kota Bekasi, angkatan 2022, ditandatangani 21 April 2022\n"]
      ),
      (
        ["--lang", "en"], ["SMARTCITY_LANG": "id"],
        [
          "Registered mou-2022-32.75: Kota Bekasi, cohort 2022, signed 2022-04-21\n",
          "Code   Region", "2022-04-21", "8 regions; cohort 2022: 8 of 50 known\n",
          "Per year\n", "Per cohort\n", "Regions in the programme: ",
          "2022-04-21  MoU mou-2022-32.75", "  Signatory: Wali Kota Tri Adhianto\n",
          "  Source: example.org, https://example.org/kota-bekasi-mou\n",
          "Error: no regency or city matches 'Atlantis'; use a Kemendagri code",
          "Error: this region already has an MoU in that cohort: mou-2022-32.75, signed 2022-04-21;",
          "Undid 'smartcity --lang en add-mou",
        ]
      ),
    ] as [([String], [String: String], [String])])
  func mainJourney_speaksTheChosenLanguage(lang: [String], environment: [String: String], expected: [String]) throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    func run(_ arguments: [String]) throws -> Outcome {
      try CLI.run(lang + arguments, environment: environment, data: test.path)
    }
    let mou = [
      "add-mou", "--regency", "Kota Bekasi", "--date", "21/04/2022", "--signatory", "Tri Adhianto", "--office", "Wali Kota",
      "--source", "https://example.org/kota-bekasi-mou",
    ]
    let add = try run(mou)
    #expect(add.status == 0, "\(add.standardError)")
    #expect(add.standardOutput == expected[0])
    guard expected.count > 1 else { return }

    let list = try run(["list", "--cohort", "2022", "--format", "table"])
    #expect(list.standardOutput.hasPrefix(expected[1]), "\(list.standardOutput)")
    #expect(list.standardOutput.contains(expected[2]))
    #expect(list.standardOutput.hasSuffix(expected[3]))

    let report = try run(["report", "--format", "table"]).standardOutput
    for heading in expected[4...6] { #expect(report.contains(heading), "\(heading) in \(report)") }

    let show = try run(["show", "Kota Bekasi"]).standardOutput
    for line in expected[7...9] { #expect(show.contains(line), "\(line) in \(show)") }

    let afterAdd = try test.snapshot()
    let unknown = try run(["add-mou", "--regency", "Atlantis", "--date", "2022-04-21"])
    #expect(unknown.status == 1)
    #expect(unknown.standardError.hasPrefix(expected[10]), "\(unknown.standardError)")
    #expect(unknown.standardError.split(separator: "\n").count == 1)
    let duplicate = try run(mou)
    #expect(duplicate.status == 1)
    #expect(duplicate.standardError.hasPrefix(expected[11]), "\(duplicate.standardError)")
    #expect(try test.snapshot() == afterAdd)

    let undo = try run(["undo", "--yes"])
    #expect(undo.status == 0)
    #expect(undo.standardOutput.hasPrefix(expected[12]), "\(undo.standardOutput)")
    #expect(try test.snapshot() == before)
  }

  @Test func usageErrorsAndHelp_areIndonesianHeadingsIncluded() throws {
    let missing = try CLI.run(["add-mou", "--regency", "53.19", "--lang", "id"])
    #expect(missing.status == 64)
    #expect(
      missing.standardError == """
        Error: Argumen yang diharapkan tidak ada: '--date <date>'
        Usage: \(HelpFormatter.usage(SmartCity.AddMoU.spec))
          Lihat 'smartcity add-mou --help' untuk keterangan lebih lanjut.

        """)
    let typo = try CLI.run(["lst", "--lang=id"])
    #expect(typo.status == 64)
    #expect(typo.standardError.hasPrefix("Error: Perintah 'lst' tidak dikenal. Maksud Anda 'list'?\n"))
    let badDate = try CLI.run(["add-mou", "--regency", "53.19", "--date", "31/02/2021"], environment: ["SMARTCITY_LANG": "id"])
    #expect(badDate.status == 64)
    #expect(
      badDate.standardError.hasPrefix(
        "Error: Nilai '31/02/2021' tidak sah untuk '--date <date>': tanggal itu tidak ada di kalender; pakai 2021-05-20"))

    let help = try CLI.run(["help", "add-mou", "--lang", "id"]).standardOutput
    #expect(help.hasPrefix("IKHTISAR: Catat nota kesepakatan (MoU) yang ditandatangani sebuah\nkabupaten/kota.\n"))
    #expect(help.contains("\nPENGGUNAAN: smartcity add-mou --regency <regency> --date <date>"))
    #expect(help.contains("\nOPSI:\n"))
    #expect(help.contains("\n  --date <date>           Tanggal penandatanganan: 2021-05-20, 20/05/2021 atau\n"))
    #expect(help.contains("(nilai: virtual, in-person,\n                          hybrid; bawaan: sama dengan seremoninya)\n"))
    #expect(help.hasSuffix("  -h, --help              Tampilkan bantuan.\n"))
    let root = try CLI.run(["--lang", "id", "--help"]).standardOutput
    #expect(root.hasPrefix("IKHTISAR: Registri Gerakan Menuju Smart City Indonesia"))
    #expect(root.contains("\nSUBPERINTAH:\n  add-mou                 Catat nota kesepakatan"))
    #expect(root.hasSuffix("\n  Lihat 'smartcity help <subcommand>' untuk bantuan terperinci.\n"))
  }

  @Test func everyUsageError_fillsEveryValueInBothLanguages() {
    let errors: [UsageError] = [
      .unknownCommand("lst", suggestion: "list"), .unknownCommand("zzz", suggestion: nil),
      .unknownOption("--cohrt", suggestion: "--cohort"), .unknownOption("-x", suggestion: nil),
      .missingValue("--cohort <cohort>"), .missingArgument("--date <date>"), .unexpectedArgument("x"),
      .invalidValue("x", option: "--year <yyyy>", reason: Phrase(.expectedYear)), .invalidArgumentEncoding(position: 2),
      .missingChange("edit-mou"),
    ]
    for error in errors {
      let english = error.phrase.text(in: .english)
      let indonesian = error.phrase.text(in: .indonesian)
      #expect(Phrase.placeholders(in: english).isEmpty && Phrase.placeholders(in: indonesian).isEmpty, "\(error)")
      #expect(english != indonesian)
    }
  }

  /// Every command's help in Indonesian keeps swift-argument-parser's layout, its headings in
  /// Indonesian.
  @Test(arguments: SmartCity.commands.map(\.spec.name))
  func indonesianHelp_keepsTheLayout(name: String) {
    let outcome = CLI.runInProcess([name, "--help"], environment: ["SMARTCITY_LANG": "id"])
    #expect(outcome.status == 0)
    let help = outcome.standardOutput
    #expect(help.hasPrefix("IKHTISAR: "))
    #expect(help.contains("\nPENGGUNAAN: smartcity \(name)"))
    #expect(help.contains("\nOPSI:\n"))
    #expect(!help.contains("OVERVIEW") && !help.contains("USAGE") && !help.contains("OPTIONS"))
    #expect(help.contains("  --lang <lang>           Bahasa pesan, bantuan dan tabel."))
    for line in help.split(separator: "\n") { #expect(line.count <= 80 || line.hasPrefix("PENGGUNAAN:"), "\(line)") }
    #expect(help != CLI.runInProcess([name, "--help"]).standardOutput)
  }

  @Test func badLanguage_isAUsageError() throws {
    for arguments in [["list", "--lang", "fr"], ["--lang", "fr", "--help"], ["--lang=fr", "report"]] {
      let outcome = try CLI.run(arguments)
      #expect(outcome.status == 64, "\(arguments)")
      #expect(outcome.standardError.hasPrefix("Error: The value 'fr' is invalid for '--lang <lang>': use one of en, id\n"))
      #expect(outcome.standardOutput.isEmpty)
    }
    let missing = try CLI.run(["--lang"])
    #expect(missing.status == 64)
    #expect(missing.standardError.hasPrefix("Error: Missing value for '--lang <lang>'\n"))
  }

  /// JSON, CSV, TSV, SQL, NDJSON and exit statuses are for machines: byte for byte the same in
  /// every language.
  @Test(arguments: [
    ["list", "--cohort", "2021", "--format", "json"], ["list", "--format", "csv"], ["list", "--cohort", "2022"],
    ["report", "--format", "json"], ["report", "--format", "csv", "--by", "cohort"], ["report", "--by", "cohort"],
    ["regencies", "--province", "53"], ["show", "53.19", "--format", "json"], ["validate", "--format", "json"],
    ["export"], ["export", "--format", "csv"], ["export", "--format", "ndjson", "--collection", "letters"],
    ["export", "--format", "sql"], ["completions", "cohorts"],
  ])
  func machineReadableOutput_isTheSameInEveryLanguage(arguments: [String]) {
    let english = CLI.runInProcess(arguments + ["--lang", "en"], data: TestStore.fixture)
    let indonesian = CLI.runInProcess(arguments + ["--lang", "id"], data: TestStore.fixture)
    #expect(english.status == 0, "\(english.standardError)")
    #expect(indonesian.status == english.status)
    #expect(indonesian.standardOutput == english.standardOutput)
    #expect(!english.standardOutput.isEmpty)
  }

  @Test func exitStatuses_doNotChangeWithTheLanguage() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    try Data("[".utf8).write(to: URL(fileURLWithPath: test.path + "/letters.json"))
    for arguments in [["list"], ["add-mou", "--regency", "x"], ["validate"], ["remove-mou", "mou-2021-53.19"]] {
      let english = CLI.runInProcess(arguments + ["--lang", "en"], data: test.path)
      let indonesian = CLI.runInProcess(arguments + ["--lang", "id"], data: test.path)
      #expect(indonesian.status == english.status, "\(arguments)")
      #expect(english.standardError.hasPrefix("Error: ") && indonesian.standardError.hasPrefix("Error: "))
      #expect(english.standardError != indonesian.standardError)
    }
    let broken = CLI.runInProcess(["list", "--lang", "id"], data: test.path)
    #expect(broken.status == 65)
    #expect(
      broken.standardError.contains("letters.json:1:2: JSON tidak sah: tidak terduga: akhir berkas, seharusnya sebuah nilai\n"))
  }

  @Test func confirmations_andRefusalsWithoutATerminal_areIndonesian() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    let refused = try CLI.run(["remove-mou", "mou-2022-32.08", "--lang", "id"], data: test.path)
    #expect(refused.status == 1)
    #expect(
      refused.standardError
        == "Error: remove-mou mengubah registri dan masukan standar bukan terminal; beri --yes untuk mengonfirmasi\n")
    #expect(try test.snapshot() == before)

    var asked: [String] = []
    var context = Context(
      environment: ["SMARTCITY_DATA": test.path, "SMARTCITY_LANG": "id"], currentDirectory: test.path,
      standardOutput: OutputSink(isTerminal: false) { _ in }, standardError: OutputSink(isTerminal: false) { _ in },
      today: CalendarDate(year: 2026, month: 11, day: 23)!, fileSystem: LocalFileSystem(), readStandardInput: { [] })
    context.confirm = { question in
      asked.append(question)
      return false
    }
    #expect(SmartCity.main(["remove-mou", "mou-2022-32.08"], context: context) == 1)
    #expect(asked == ["Hapus mou-2022-32.08 (Kabupaten Kuningan, 32.08, ditandatangani 21 April 2022)?"])
    #expect(try test.snapshot() == before)
  }

  @Test func markdownAndHTML_followTheLanguage() {
    let markdown = CLI.runInProcess(["export", "--format", "markdown", "--lang", "id"], data: TestStore.fixture).standardOutput
    #expect(markdown.hasPrefix("# Gerakan Menuju Smart City: registri\n\n## Per tahun\n\n| Tahun | MoU diumumkan |"))
    #expect(markdown.contains("| 53.19 | Manggarai Timur | Kabupaten Manggarai Timur |"))
    #expect(markdown.contains("| 20 Mei 2021 |"))
    let html = CLI.runInProcess(["export", "--format", "html", "--lang", "id"], data: TestStore.fixture).standardOutput
    #expect(html.contains("<html lang=\"id\">"))
    #expect(html.contains("<h2>Tahapan setelah penandatanganan</h2>"))
    #expect(html.contains("<td>20 Mei 2021</td>"))
  }
}
