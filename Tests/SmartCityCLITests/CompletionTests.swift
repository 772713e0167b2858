import Foundation
import TestSupport
import Testing

/// Completion as people meet it: the generated scripts run in real bash, zsh and fish, typing
/// after root options, in `--option=value` form, with the store's cohorts, regions and ids,
/// and values the shell must receive quoted.
@Suite struct CompletionTests {
  /// A folder whose `smartcity` is the built binary, for the scripts to call by name.
  static let bin: String = {
    let folder = FileManager.default.temporaryDirectory.path + "/smartcity-completion-bin-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try? FileManager.default.removeItem(atPath: folder + "/smartcity")
    try? FileManager.default.createSymbolicLink(atPath: folder + "/smartcity", withDestinationPath: CLI.binary)
    return folder
  }()

  /// Runs a shell on a script with arguments, `smartcity` on its path; returns standard output.
  static func run(_ shell: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: shell)
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] = bin + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    environment["LANG"] = "C.UTF-8"
    environment["SMARTCITY_DATA"] = TestStore.fixture
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  static func script(_ shell: String) throws -> String {
    let file = FileManager.default.temporaryDirectory.path + "/smartcity-completion-\(UUID().uuidString).\(shell)"
    try Data(try CLI.run(["completions", shell]).standardOutput.utf8).write(to: URL(fileURLWithPath: file))
    return file
  }

  /// A line being typed, as each shell holds it, and what each should offer.
  struct Case: Sendable, CustomStringConvertible {
    /// The words as bash splits them (`=` is a word of its own), the last under the cursor.
    var bash: [String]
    /// The line as zsh and fish hold it.
    var line: String
    var bashOffers: [String]
    /// What zsh inserts and fish lists (fish also shows a description after a tab).
    var offers: [String]
    var description: String { line }
  }

  static let cases: [Case] = [
    // After root options, the command.
    Case(bash: ["smartcity", "--lang", "id", "li"], line: "smartcity --lang id li", bashOffers: ["list"], offers: ["list"]),
    // A region's name with a space: one word, quoted for the shell.
    Case(
      bash: ["smartcity", "show", "Kota\\ Bat"], line: "smartcity show Kota\\ Bat",
      bashOffers: ["Kota\\ Batam", "Kota\\ Batu"], offers: ["Kota Batam", "Kota Batu"]),
    // A region by its short name, as the README teaches `show "Manggarai Timur"`.
    Case(
      bash: ["smartcity", "show", "Mangg"], line: "smartcity show Mangg",
      bashOffers: ["Manggarai", "Manggarai\\ Barat", "Manggarai\\ Timur"],
      offers: ["Manggarai", "Manggarai Barat", "Manggarai Timur"]),
    // --option=value, the values from the store.
    Case(
      bash: ["smartcity", "list", "--cohort", "=", "202"], line: "smartcity list --cohort=202",
      bashOffers: ["2021", "2022", "2023", "2024"],
      offers: ["--cohort=2021", "--cohort=2022", "--cohort=2023", "--cohort=2024"]),
    // `;` is a value, never the end of the command.
    Case(
      bash: ["smartcity", "export", "--delimiter", ""], line: "smartcity export --delimiter ",
      bashOffers: ["\\,", "\\;"], offers: [",", ";"]),
    // Record ids for edit, and a record's fields for --set.
    Case(
      bash: ["smartcity", "edit", "milestone-2021-12.12-"], line: "smartcity edit milestone-2021-12.12-",
      bashOffers: ["milestone-2021-12.12-bimtek-1-2021-06-28", "milestone-2021-12.12-bimtek-4-2021-11-23"],
      offers: ["milestone-2021-12.12-bimtek-1-2021-06-28", "milestone-2021-12.12-bimtek-4-2021-11-23"]),
    Case(
      bash: ["smartcity", "edit", "mou-2017-11.71", "--set", "regional_signatory_n"],
      line: "smartcity edit mou-2017-11.71 --set regional_signatory_n", bashOffers: ["regional_signatory_name="],
      offers: ["regional_signatory_name="]),
    // Provinces by name, after --data given on the line.
    Case(
      bash: ["smartcity", "--data", TestStore.fixture, "list", "--province", "Jawa\\ T"],
      line: "smartcity --data \(TestStore.fixture) list --province Jawa\\ T", bashOffers: ["Jawa\\ Tengah", "Jawa\\ Timur"],
      offers: ["Jawa Tengah", "Jawa Timur"]),
  ]

  @Test(arguments: cases)
  func bash_offersWhatFits(test: Case) throws {
    let script = try Self.script("bash")
    defer { try? FileManager.default.removeItem(atPath: script) }
    let driver = """
      source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _smartcity; printf '%s\\n' "${COMPREPLY[@]}"
      """
    let output = try Self.run("/bin/bash", ["-c", driver, "bash", script] + test.bash)
    #expect(output.split(separator: "\n").map(String.init) == test.bashOffers)
  }

  /// Inside an open quote, bash gets the value as it is: no backslash inside the quotes.
  @Test func bash_completesInsideAnOpenQuote() throws {
    let script = try Self.script("bash")
    defer { try? FileManager.default.removeItem(atPath: script) }
    let driver = """
      source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _smartcity; printf '%s\\n' "${COMPREPLY[@]}"
      """
    for quote in ["\"", "'"] {
      let output = try Self.run("/bin/bash", ["-c", driver, "bash", script, "smartcity", "show", quote + "Kota Bat"])
      #expect(output.split(separator: "\n").map(String.init) == ["Kota Batam", "Kota Batu"], "\(quote)")
    }
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/zsh"), "zsh is not installed"), arguments: cases)
  func zsh_offersWhatFits(test: Case) throws {
    let script = try Self.script("zsh")
    defer { try? FileManager.default.removeItem(atPath: script) }
    // zsh's completion builtins, recording the words they would insert; the script runs as
    // compinit runs it, with `words`, `CURRENT` and `PREFIX` set from the line.
    let driver = #"""
      compadd() {
        while [[ $1 == -* && $1 != -- ]]; do [[ $1 == -[SPJ] ]] && shift; shift; done
        [[ $1 == -- ]] && shift
        local word; for word in "$@"; do print -r -- "$IPREFIX$word"; done
      }
      _describe() { local item; for item in "${(@P)4}"; do print -r -- "$IPREFIX${${item%%(#b)([^\\]):*}//\\:/:}${match[1]}"; done; }
      compset() { if [[ $1 == -P && $PREFIX == *=* ]]; then IPREFIX=${PREFIX%%=*}=; PREFIX=${PREFIX#*=}; fi; }
      _files() { print -r -- ":files $*"; }
      setopt extendedglob
      words=(${(z)2}); CURRENT=${#words}
      [[ $2 == *" " ]] && { words+=(""); CURRENT=${#words}; }
      PREFIX=${words[CURRENT]}; IPREFIX=
      source $1
      """#
    let output = try Self.run("/usr/bin/zsh", ["-f", "-c", driver, "zsh", script, test.line])
    #expect(output.split(separator: "\n").map(String.init) == test.offers)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/fish"), "fish is not installed"), arguments: cases)
  func fish_offersWhatFits(test: Case) throws {
    let script = try Self.script("fish")
    defer { try? FileManager.default.removeItem(atPath: script) }
    let output = try Self.run("/usr/bin/fish", ["--no-config", "-c", "source $argv[1]; complete -C $argv[2]", script, test.line])
    let offered = output.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
    #expect(offered.sorted() == test.offers.sorted())
  }

  /// The candidates themselves, as every script gets them: files and folders left to the shell,
  /// a description after a tab, and nothing offered where nothing fits.
  @Test func candidates_areOnePerLine_withPathsLeftToTheShell() throws {
    let data = TestStore.fixture
    let file = try CLI.run(["completions", "bash", "--", "import", ""], data: data)
    #expect(file.standardOutput == ":files\n")
    let folder = try CLI.run(["completions", "bash", "--", "--data", ""], data: data)
    #expect(folder.standardOutput == ":directories\n")
    let cohort = try CLI.run(["completions", "bash", "--", "list", "--cohort", "2017"], data: data)
    #expect(cohort.standardOutput == "2017\tGerakan Menuju 100 Smart City\n")
    let help = try CLI.run(["completions", "bash", "--", "help", "remove"], data: data)
    #expect(help.standardOutput == "remove-mou\nremove\n")
    // An option given once is not offered again, unless it may be repeated.
    let given = try CLI.run(["completions", "bash", "--", "list", "--cohort", "2017", "--coh"], data: data)
    #expect(given.standardOutput.isEmpty)
    let repeated = try CLI.run(["completions", "bash", "--", "edit", "x", "--set", "a=b", "--se"], data: data)
    #expect(repeated.standardOutput.hasPrefix("--set\t"))
    let none = try CLI.run(["completions", "bash", "--", "list", "--note"], data: data)
    #expect(none.standardOutput.isEmpty && none.status == 0)
  }
}

/// The library's errors name their remedy; the command line words it as its own flags and
/// commands, in both languages, and nothing of the command line leaks into the library's words.
@Suite struct CLIRemedyTests {
  @Test(arguments: [
    (
      ["--data", "/nonexistent/Data", "list"],
      "Error: no store at '/nonexistent/Data'; pass --data DIR, set SMARTCITY_DATA, or create a store with 'smartcity init DIR'"
    ),
    (
      ["show", "Atlantis"],
      "Error: no regency or city matches 'Atlantis'; use a Kemendagri code such as 53.19 or a name; 'smartcity regencies --search TEXT' lists them"
    ),
    (
      ["add-mou", "--regency", "Kota Bogor", "--date", "2025-04-21"],
      "Error: no cohort signs in 2025; pass --cohort with one of: 2017, 2021, 2022, 2023, 2024"
    ),
    (
      ["edit", "nope", "--set", "a=b"],
      "Error: no record has the id 'nope'; 'smartcity show REGION --format json' shows a region's records with their ids"
    ),
    (
      ["add-milestone", "--regency", "Kendal", "--kind", "bimtek-1", "--date", "2022-06-01"],
      "Error: Kabupaten Kendal has no MoU; register the signing first with 'smartcity add-mou'"
    ),
    (
      ["--lang", "id", "add-mou", "--regency", "Kota Bogor", "--date", "2019-04-21", "--cohort", "2021"],
      "Error: 21 April 2019 tidak termasuk angkatan 2021, yang menandatangani pada 2021; periksa tanggalnya atau beri --cohort lain"
    ),
  ])
  func remedies_areWordedAsFlags(arguments: [String], expected: String) throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let result = try CLI.run(arguments, data: arguments.first == "--data" ? nil : test.path)
    #expect(result.standardError == expected + "\n")
    #expect(result.status == 1)
  }
}
