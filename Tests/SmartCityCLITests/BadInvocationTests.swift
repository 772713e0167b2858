import Foundation
import TestSupport
import Testing

@testable import SmartCityCLI

/// Every refused command line exits with its status, says one `Error:` line, and leaves every
/// file of the store byte for byte as it was.
@Suite struct BadInvocationTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var status: Int32
    var message: String
    var testDescription: String { arguments.joined(separator: " ").prefix(60) + " → \(status)" }
  }

  static let mou = ["add-mou", "--regency", "53.01", "--date", "2021-05-20"]
  static let long = String(repeating: "x", count: 10_000)

  static let cases: [Case] = [
    Case(arguments: ["lst"], status: 64, message: "Unknown command 'lst'. Did you mean 'list'?"),
    Case(arguments: ["frobnicate"], status: 64, message: "Unknown command 'frobnicate'."),
    Case(arguments: ["--frobnicate"], status: 64, message: "Unknown option '--frobnicate'"),
    Case(arguments: ["list", "--cohrt", "2021"], status: 64, message: "Unknown option '--cohrt'. Did you mean '--cohort'?"),
    Case(arguments: ["list", "--zzzzzzzzzz"], status: 64, message: "Unknown option '--zzzzzzzzzz'."),
    Case(arguments: ["list", "-x"], status: 64, message: "Unknown option '-x'"),
    Case(arguments: ["list", "--cohort"], status: 64, message: "Missing value for '--cohort <cohort>'"),
    Case(arguments: ["list", "--cohort", "--year", "2021"], status: 64, message: "Missing value for '--cohort <cohort>'"),
    Case(arguments: ["list", "--data"], status: 64, message: "Missing value for '--data <dir>'"),
    Case(arguments: ["list", "extra"], status: 64, message: "Unexpected argument 'extra'"),
    Case(arguments: ["list", "--format", "xml"], status: 64, message: "The value 'xml' is invalid for '--format <format>'"),
    Case(arguments: ["report", "--format=xml"], status: 64, message: "The value 'xml' is invalid for '--format <format>'"),
    Case(arguments: ["list", "--year", "21"], status: 64, message: "is invalid for '--year <yyyy>'"),
    Case(arguments: ["list", "--year", "abcd"], status: 64, message: "expected a year such as 2021"),
    Case(arguments: ["list", "--province", ""], status: 64, message: "must not be empty"),
    Case(arguments: ["add-mou"], status: 64, message: "Missing expected argument '--regency <regency>'"),
    Case(arguments: ["add-mou", "--regency", "53.01"], status: 64, message: "Missing expected argument '--date <date>'"),
    Case(arguments: ["add-mou", "--date", "2021-05-20"], status: 64, message: "Missing expected argument '--regency <regency>'"),
    Case(arguments: mou + ["--regency"], status: 64, message: "Missing value for '--regency <regency>'"),
    Case(
      arguments: ["add-mou", "--regency", "53.01", "--date", "2021-02-30"], status: 64, message: "no such day in the calendar"),
    Case(
      arguments: ["add-mou", "--regency", "53.01", "--date", "31/04/2021"], status: 64, message: "no such day in the calendar"),
    Case(arguments: ["add-mou", "--regency", "53.01", "--date", "29/02/2021"], status: 64, message: "no such day"),
    Case(arguments: ["add-mou", "--regency", "53.01", "--date", "20/05/21"], status: 64, message: "ambiguous date"),
    Case(
      arguments: ["add-mou", "--regency", "53.01", "--date", "2021-5-20"], status: 64,
      message: "a year-first date is written as ISO writes it"),
    Case(
      arguments: ["add-mou", "--regency", "53.01", "--date", "2021/05/20"], status: 64,
      message: "with hyphens and a two-digit month and day: 2021-05-20"),
    Case(arguments: ["add-mou", "--regency", "53.01", "--date", "20 Mey 2021"], status: 64, message: "unknown month 'mey'"),
    Case(arguments: ["add-mou", "--regency", "53.01", "--date", "tomorrow"], status: 64, message: "not a date"),
    Case(
      arguments: ["add-mou", "--regency", "53.01", "--date", "1990-01-01"], status: 64,
      message: "outside the programme's time span"),
    Case(
      arguments: ["add-mou", "--regency", "53.01", "--date", "2099-01-01"], status: 64,
      message: "outside the programme's time span"),
    Case(arguments: ["add-mou", "--regency", "53.01", "--date", ""], status: 64, message: "the date is empty"),
    Case(
      arguments: mou + ["--mode", "zoom"], status: 64,
      message: "The value 'zoom' is invalid for '--mode <mode>': use one of virtual, in-person, hybrid"),
    Case(arguments: mou + ["--scope", "everything"], status: 64, message: "is invalid for '--scope <points>'"),
    Case(arguments: mou + ["--scope", ","], status: 64, message: "must not be empty"),
    Case(arguments: ["add-mou", "--regency", "", "--date", "2021-05-20"], status: 64, message: "must not be empty"),
    Case(arguments: ["add-mou", "--regency", "   ", "--date", "2021-05-20"], status: 64, message: "must not be empty"),
    Case(arguments: ["add-mou", "--regency", long, "--date", "2021-05-20"], status: 64, message: "too long (10000 characters)"),
    Case(arguments: mou + ["--venue", long], status: 64, message: "too long (10000 characters); at most 1000"),
    Case(arguments: mou + ["--signatory", "Agas\u{1B}[31m Andreas"], status: 64, message: "contains control characters"),
    Case(arguments: mou + ["--signatory", "line\nbreak"], status: 64, message: "contains control characters"),
    Case(arguments: mou + ["--note", "bell\u{07}"], status: 64, message: "contains control characters"),
    Case(
      arguments: ["add-mou", "--regency", "Manggarai\u{1B}[2J", "--date", "2021-05-20"], status: 64,
      message: "contains control characters"),
    Case(arguments: mou + ["--dry-run=yes"], status: 64, message: "this option takes no value"),
    Case(arguments: ["show"], status: 64, message: "Missing expected argument '<regency>'"),
    Case(arguments: ["show", "a", "b"], status: 64, message: "Unexpected argument 'b'"),
    Case(arguments: ["show", ""], status: 64, message: "must not be empty"),
    Case(arguments: ["show", "Tabanan", "--format", "yaml"], status: 64, message: "is invalid for '--format <format>'"),
    Case(arguments: ["report", "--by", "month"], status: 64, message: "The value 'month' is invalid for '--by <section>'"),
    Case(arguments: ["help", "nothing"], status: 64, message: "Unknown command 'nothing'."),
    Case(arguments: ["init"], status: 64, message: "Missing expected argument '<dir>'"),
    Case(arguments: ["regencies", "--kind", "desa"], status: 64, message: "is invalid for '--kind <kind>'"),
    // A region where a record's id is expected: the ids it could mean.
    Case(
      arguments: ["edit", "Kota Bogor", "--set", "note=x"], status: 1,
      message: "'Kota Bogor' names a region, not a record; the ids of its records: 32.71 (the region itself), mou-2017-32.71"),
    Case(
      arguments: ["remove", "32.71", "--yes"], status: 1,
      message: "32.71 is referred to by"),
    Case(
      arguments: ["list", "--cohort", "2019"], status: 1,
      message: "'2019' is a phase of cohort 2017 (its signings of 2019), not a cohort; pass --cohort 2017, or --phase 2019"),
    Case(
      arguments: ["list", "--phase", "2020"], status: 1, message: "no cohort has a phase 2020; the phases are 2017 (cohort 2017)"),
    Case(
      arguments: ["list", "--reached", "finished"], status: 64, message: "The value 'finished' is invalid for '--reached <step>'"),
    Case(
      arguments: ["add-mou", "--regency", "Atlantis", "--date", "2021-05-20"], status: 1,
      message: "no regency or city matches 'Atlantis'"),
    Case(
      arguments: ["add-mou", "--regency", "Bekasi", "--date", "2021-05-20"], status: 1,
      message: "'Bekasi' is ambiguous: Kabupaten Bekasi (32.16, Jawa Barat); Kota Bekasi (32.75, Jawa Barat)"),
    Case(
      arguments: ["add-mou", "--regency", "Manggarai Timor", "--date", "2021-05-20"], status: 1,
      message: "did you mean 'Kabupaten Manggarai Timur (53.19)'"),
    Case(
      arguments: ["add-mou", "--regency", "99.99", "--date", "2021-05-20"], status: 1,
      message: "no regency or city matches '99.99'"),
    Case(
      arguments: ["add-mou", "--regency", "Tabanan", "--date", "21/4/2022"], status: 1,
      message: "already has an MoU in that cohort: mou-2022-51.02, signed 2022-04-21"),
    Case(arguments: ["add-mou", "--regency", "53.01", "--date", "2020-06-01"], status: 1, message: "no cohort signs in 2020"),
    Case(
      arguments: mou + ["--cohort", "2030"], status: 1, message: "no cohort '2030'; known cohorts: 2017, 2021, 2022, 2023, 2024"),
    Case(arguments: mou + ["--cohort", "2022"], status: 1, message: "2021-05-20 is not in cohort 2022"),
    Case(arguments: mou + ["--letter", "1/2/3"], status: 1, message: "no selection letter '1/2/3'"),
    Case(arguments: ["list", "--cohort", "2030"], status: 1, message: "no cohort '2030'"),
    Case(arguments: ["list", "--province", "Atlantis"], status: 1, message: "no province matches 'Atlantis'"),
    Case(
      arguments: ["list", "--regency", "Tegal"], status: 1,
      message: "'Tegal' is ambiguous: Kabupaten Tegal (33.28, Jawa Tengah); Kota Tegal (33.76, Jawa Tengah)"),
    Case(arguments: ["show", "Atlantis"], status: 1, message: "no regency or city matches 'Atlantis'"),
    Case(arguments: ["show", "Bekasi"], status: 1, message: "'Bekasi' is ambiguous"),
    Case(arguments: ["regencies", "--province", "Jawa Barot"], status: 1, message: "did you mean 'Jawa Barat (32)'?"),
    Case(
      arguments: ["list", "--data", "/nonexistent/store"], status: 1,
      message: "no store at '/nonexistent/store'; pass --data DIR, set SMARTCITY_DATA"),
    Case(arguments: ["list", "--data", "/etc/hostname"], status: 1, message: "'/etc/hostname' is not a folder"),
    Case(arguments: mou + ["--data", "/nonexistent/store"], status: 1, message: "no store at"),
  ]

  @Test func table_isLargeEnough() {
    #expect(Self.cases.count >= 60)
  }

  @Test(arguments: cases)
  func badInvocation_isRefusedCleanly(testCase: Case) throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    let outcome = CLI.runInProcess(testCase.arguments, data: test.path)
    #expect(outcome.status == testCase.status, "\(outcome.standardError)")
    #expect(outcome.standardOutput.isEmpty)
    #expect(outcome.standardError.hasPrefix("Error: "))
    #expect(outcome.errorLines.count == 1)
    #expect(outcome.errorLines.first?.contains(testCase.message) == true, "\(outcome.standardError)")
    #expect(outcome.errorLines.first.map { $0.count < 400 } == true)
    #expect(try test.snapshot() == before)
  }

  /// A sample of the table through the real binary, as a script would run it.
  @Test(arguments: cases.filter { [1, 64].contains($0.status) }.enumerated().filter { $0.offset % 6 == 0 }.map(\.element))
  func badInvocation_throughTheBinary(testCase: Case) throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    let outcome = try CLI.run(testCase.arguments, data: test.path)
    #expect(outcome.status == testCase.status)
    #expect(outcome.errorLines.count == 1)
    #expect(outcome.errorLines.first?.contains(testCase.message) == true, "\(outcome.standardError)")
    #expect(try test.snapshot() == before)
  }

  /// Every argument with a closed set of values refuses any other, naming the set, as an
  /// option's value is refused: no command reads an unknown value as if none had been given.
  @Test func everyClosedArgument_refusesOtherValues() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    var checked = 0
    for spec in SmartCity.commands.map(\.spec) {
      for (index, argument) in spec.arguments.enumerated() {
        guard let values = argument.values else { continue }
        let words = spec.arguments.prefix(index).map { $0.values?.first ?? "Kota Bogor" } + ["nonsense"]
        let outcome = CLI.runInProcess([spec.name] + words, data: test.path)
        #expect(outcome.status == 64, "\(spec.name) \(words)")
        #expect(
          outcome.errorLines == [
            "Error: The value 'nonsense' is invalid for '<\(argument.name)>': use one of \(values.joined(separator: ", "))"
          ], "\(outcome.standardError)")
        checked += 1
      }
    }
    #expect(checked >= 3)
    #expect(try test.snapshot() == before)
  }

  @Test func invalidUTF8Argument_isRefused() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    // Process passes arguments as C strings; build one that is not UTF-8 through the shell.
    let script = "exec \"$0\" add-mou --regency \"$(printf 'Tab\\377nan')\" --date 2022-04-21"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script, CLI.binary]
    process.environment = ["SMARTCITY_DATA": test.path, "PATH": "/usr/bin:/bin"]
    let error = Pipe()
    process.standardError = error
    try process.run()
    process.waitUntilExit()
    let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 64)
    #expect(message.hasPrefix("Error: Argument 3 is not valid UTF-8 text"))
    #expect(try test.snapshot() == before)
  }

  @Test func brokenStore_exits65NamingTheFile() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    try test.write("cohorts.json", "[\n  {\"id\": \"2017\",,}\n]\n")
    let before = try test.snapshot()
    for arguments in [["list"], ["report"], Self.mou, ["show", "Tabanan"]] {
      let outcome = try CLI.run(arguments, data: test.path)
      #expect(outcome.status == 65)
      #expect(
        outcome.standardError
          == "Error: \(test.path)/cohorts.json:2:17: invalid JSON: unexpected ',', expected a key in double quotes\n")
    }
    #expect(try test.snapshot() == before)
  }
}
