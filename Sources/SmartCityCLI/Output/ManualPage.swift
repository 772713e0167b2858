import ProgrammeCore

/// A manual page in roff (man(7) macros), made from the same declarations as `--help`: the
/// command's abstract, discussion, arguments and options, so the pages never drift from the
/// tool. `smartcity.1` lists every command; `smartcity-<command>.1` is one command's page, as
/// git names its pages. Text beyond ASCII is written as groff's `\[uXXXX]`, so the pages render
/// the same whatever the reader's locale.
struct ManualPage {
  var language: Language

  /// The file name of a command's page, or of the root page for `nil`.
  static func fileName(_ command: String?) -> String {
    command.map { "smartcity-\($0).1" } ?? "smartcity.1"
  }

  /// The root page: what the tool is, its commands, and what every command shares.
  func root(commands: [CommandSpec]) -> String {
    var page = heading("SMARTCITY", name: "smartcity", abstract: SmartCity.abstract)
    page += section(.manualSynopsis) + ".B smartcity\n.I command\n[\\fIoptions\\fR]\n"
    page += section(.manualDescription) + paragraph(say(.manualRootDescription))
    page += ".SS \(text(say(.manualCommands)))\n"
    for command in commands {
      page += ".TP\n.BR \(text(Self.fileName(command.name).dropLast(2).description)) (1)\n"
      page += text(command.abstract.text(in: language)) + "\n"
    }
    page += section(.manualOptions)
    for option in CommandSpec.commonOptions.filter({ $0.name != "no-color" }) {
      page += entry(option)
    }
    page += ".TP\n.B \\-\\-version\n\(text(Message.optionVersion.text(in: language)))\n"
    page += ".TP\n.BR \\-h \", \" \\-\\-help\n\(text(Message.optionHelp.text(in: language)))\n"
    page += shared()
    page += section(.manualExamples) + examples(Self.rootExamples)
    page += section(.manualSeeAlso) + seeAlso(commands.map(\.name))
    return page
  }

  /// One command's page.
  func page(_ spec: CommandSpec) -> String {
    let title = "SMARTCITY-" + spec.name.uppercased()
    var page = heading(title, name: "smartcity-" + spec.name, abstract: spec.abstract)
    page += section(.manualSynopsis) + text(HelpFormatter.usage(spec)) + "\n"
    page += section(.manualDescription) + paragraph(spec.abstract.text(in: language))
    if let discussion = spec.discussion { page += paragraph(discussion.text(in: language)) }
    if !spec.arguments.isEmpty {
      page += section(.manualArguments)
      for argument in spec.arguments {
        var description = argument.help.text(in: language)
        if let values = argument.values {
          description += " (" + Phrase(.helpValues, ["values": .texts(values)]).text(in: language) + ")"
        }
        page += ".TP\n.I \(text(argument.name))\n\(text(description))\n"
      }
    }
    page += section(.manualOptions)
    for option in spec.allOptions { page += entry(option) }
    page += shared()
    page += section(.manualExamples) + examples(Self.examples[spec.name] ?? ["smartcity \(spec.name) --help"])
    page += section(.manualSeeAlso) + seeAlso([nil] + (Self.related[spec.name] ?? []))
    return page
  }

  // MARK: Sections every page has

  /// EXIT STATUS, ENVIRONMENT and FILES: what every command shares, as the README says it.
  func shared() -> String {
    var text = section(.manualExitStatus)
    for (status, message) in Self.exitStatuses {
      text += ".TP\n.B \(status)\n\(self.text(say(message)))\n"
    }
    text += section(.manualEnvironment)
    for (name, message) in Self.environment {
      text += ".TP\n.B \(self.text(name))\n\(self.text(say(message)))\n"
    }
    text += section(.manualFiles)
    for (name, message) in Self.files {
      text += ".TP\n.I \(self.text(name))\n\(self.text(say(message)))\n"
    }
    return text
  }

  static let exitStatuses: [(Int, Message)] = [
    (0, .manualExitSuccess), (1, .manualExitRefused), (64, .manualExitUsage), (65, .manualExitBrokenStore),
    (74, .manualExitIO), (75, .manualExitLocked),
  ]

  static let environment: [(String, Message)] = [
    ("SMARTCITY_DATA", .manualEnvData), ("SMARTCITY_LANG", .manualEnvLang),
    ("SMARTCITY_LOCK_TIMEOUT", .manualEnvLockTimeout), ("LC_ALL, LC_MESSAGES, LANG", .manualEnvLocale),
    ("NO_COLOR", .manualEnvNoColor), ("TERM", .manualEnvTerm),
  ]

  static let files: [(String, Message)] = [
    ("Data/", .manualFileStore), ("Data/.journal/", .manualFileJournal), ("Data/conflicts.json", .manualFileConflicts),
  ]

  /// Command lines that show a command at work, as the README's examples do.
  static let examples: [String: [String]] = [
    "add-mou": [
      "smartcity add-mou --regency \"Kota Bekasi\" --date 2022-04-21 --signatory \"Tri Adhianto\" --office \"Wali Kota\" --source https://example.org/berita",
      "smartcity add-mou --regency 53.19 --date \"20 Mei 2021\" --dry-run",
    ],
    "add-milestone": [
      "smartcity add-milestone --regency \"Manggarai Timur\" --kind bimtek-1 --date 2021-06-21 --source https://example.org/bimtek"
    ],
    "add-quickwin": [
      "smartcity add-quickwin --regency Tabanan --pillar governance --title \"Tabanan Command Center\" --status running --source https://example.org/qw"
    ],
    "add-regency": ["smartcity add-regency --code 91.30 --name Baru --source https://example.org/uu"],
    "add-letter": ["smartcity add-letter --number B-1/DJAI/AI.01.02/01/2025 --date 2025-01-10 --cohort 2024"],
    "add-cohort": ["smartcity add-cohort --id 2025 --title \"Cohort 2025\" --years 2025 --announced-size 0"],
    "add": ["smartcity add ceremonies --set id=ceremony-2025-03-05 --set cohort=2024 --set date=2025-03-05 --set mode=virtual"],
    "import": ["smartcity import signings.csv", "smartcity import milestones.csv --collection milestones --dry-run"],
    "list": ["smartcity list --cohort 2021", "smartcity list --province \"Nusa Tenggara Timur\" --format csv"],
    "report": ["smartcity report", "smartcity report --by stage --cohort 2021", "smartcity report --format json"],
    "show": ["smartcity show \"Manggarai Timur\"", "smartcity show 53.19 --format json"],
    "regencies": ["smartcity regencies --province Bali", "smartcity regencies --search bekasi"],
    "sources": ["smartcity sources --cohort 2023", "smartcity sources --by problems"],
    "map": ["smartcity map --output map.svg", "smartcity map --cohort 2021 --by confidence --output 2021.svg"],
    "export": [
      "smartcity export --format csv --output mous.csv", "smartcity export --format site --output site",
      "smartcity export --format sql | sqlite3 registry.db",
    ],
    "edit-mou": ["smartcity edit-mou mou-2022-32.75 --venue \"Command Center Kota Bekasi\""],
    "edit": ["smartcity edit milestone-2021-53.19-bimtek-1-2021-06-21 --set \"date=Selasa (22/6/2021)\""],
    "remove-mou": ["smartcity remove-mou mou-2022-32.75 --yes"],
    "remove": ["smartcity remove claim-2022-18.71 --yes"],
    "undo": ["smartcity undo --list", "smartcity undo --yes"],
    "validate": ["smartcity validate", "smartcity validate --at :"],
    "init": ["smartcity init registry"],
    "describe": ["smartcity describe --data Data"],
    "schema": ["smartcity schema list", "smartcity schema --output schemas"],
    "completions": [
      "smartcity completions bash > ~/.local/share/bash-completion/completions/smartcity",
      "smartcity completions zsh > ~/.zfunc/_smartcity",
    ],
    "diff": ["smartcity diff", "smartcity diff HEAD~3 main --format json"],
    "log": ["smartcity log \"Kota Bekasi\"", "smartcity log mou-2022-32.75 --format json"],
    "git-setup": ["smartcity git-setup --hooks"],
    "merge-driver": ["git config merge.smartcity.driver \"smartcity merge-driver %O %A %B %P\""],
    "textconv": ["git config diff.smartcity.textconv \"smartcity textconv\""],
    "manuals": ["smartcity manuals --output share/man"],
  ]

  static let rootExamples = ["smartcity report", "smartcity show \"Manggarai Timur\"", "smartcity help add-mou"]

  /// The pages a command's page points to besides the root page.
  static let related: [String: [String]] = [
    "add-mou": ["edit-mou", "remove-mou", "undo"], "edit-mou": ["add-mou", "edit"], "remove-mou": ["add-mou", "undo"],
    "add": ["edit", "remove", "import"], "edit": ["add", "remove"], "remove": ["add", "undo"], "import": ["export", "add"],
    "export": ["import", "map"], "list": ["show", "report"], "report": ["list", "sources"], "show": ["list"],
    "diff": ["log", "git-setup"], "log": ["diff"], "git-setup": ["merge-driver", "textconv", "validate"],
    "merge-driver": ["git-setup"], "textconv": ["git-setup"], "validate": ["describe"], "undo": ["validate"],
  ]

  // MARK: roff

  func heading(_ title: String, name: String, abstract: Message) -> String {
    ".\\\" Generated by 'smartcity manuals' from the command declarations; do not edit.\n"
      + ".TH \(text(title)) 1 \"\(SmartCity.releaseDate)\" \"smartcity \(SmartCity.version)\" \"\(text(say(.manualTitle)))\"\n"
      + section(.manualName) + "\(text(name)) \\- \(text(abstract.text(in: language)))\n"
  }

  func section(_ heading: Message) -> String {
    ".SH \"\(text(heading.text(in: language)))\"\n"
  }

  func paragraph(_ words: String) -> String {
    ".PP\n" + text(words) + "\n"
  }

  func entry(_ option: OptionSpec) -> String {
    let label =
      (option.short.map { "\\fB\\-\($0)\\fR, " } ?? "") + "\\fB" + text("--" + option.name) + "\\fR"
      + (option.valueName.map { " \\fI" + text($0) + "\\fR" } ?? "")
    return ".TP\n\(label)\n\(text(HelpFormatter.description(of: option, in: language)))\n"
  }

  func examples(_ lines: [String]) -> String {
    lines.map { ".PP\n.nf\n.RS 4\n\(text($0))\n.RE\n.fi\n" }.joined()
  }

  func seeAlso(_ commands: [String?]) -> String {
    commands.enumerated().map { index, command in
      ".BR \(text(String(Self.fileName(command).dropLast(2)))) (1)" + (index < commands.count - 1 ? "," : "")
    }.joined(separator: "\n") + "\n"
  }

  func say(_ message: Message) -> String { message.text(in: language) }

  /// Text as roff reads it literally: a backslash as `\e`, a hyphen-minus as `\-` (options are
  /// typed with it), a line never starting with a control character, and every character beyond
  /// ASCII as `\[uXXXX]`.
  func text(_ words: String) -> String {
    var result = ""
    for scalar in words.unicodeScalars {
      switch scalar {
      case "\\": result += "\\e"
      case "-": result += "\\-"
      case "\n": result += "\n.br\n"
      case _ where scalar.value > 0x7E || scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
      default: result.unicodeScalars.append(scalar)
      }
    }
    // A line that starts with `.` or `'` would be read as a request.
    return result.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasPrefix(".") && line != ".br" || line.hasPrefix("'") ? "\\&" + line : String(line)
    }.joined(separator: "\n")
  }
}

// MARK: - Messages

extension Message {
  static let manualTitle = Message(english: "smartcity manual", indonesian: "manual smartcity")
  static let manualName = Message(english: "NAME", indonesian: "NAMA")
  static let manualSynopsis = Message(english: "SYNOPSIS", indonesian: "RINGKASAN")
  static let manualDescription = Message(english: "DESCRIPTION", indonesian: "DESKRIPSI")
  static let manualArguments = Message(english: "ARGUMENTS", indonesian: "ARGUMEN")
  static let manualOptions = Message(english: "OPTIONS", indonesian: "OPSI")
  static let manualCommands = Message(english: "Commands", indonesian: "Perintah")
  static let manualExitStatus = Message(english: "EXIT STATUS", indonesian: "STATUS KELUAR")
  static let manualEnvironment = Message(english: "ENVIRONMENT", indonesian: "LINGKUNGAN")
  static let manualFiles = Message(english: "FILES", indonesian: "BERKAS")
  static let manualExamples = Message(english: "EXAMPLES", indonesian: "CONTOH")
  static let manualSeeAlso = Message(english: "SEE ALSO", indonesian: "LIHAT JUGA")
  static let manualRootDescription = Message(
    english:
      "smartcity keeps the registry of Indonesia's Gerakan Menuju Smart City programme as plain JSON files (the store, ./Data by default): the regions and their Kemendagri codes, selection letters, MoU signings and ceremonies, cohorts, milestones and quick wins, each record with its sources. Each command has a page of its own, smartcity-COMMAND(1), and the same help as 'smartcity help COMMAND'.",
    indonesian:
      "smartcity menyimpan registri program Gerakan Menuju Smart City sebagai berkas JSON biasa (registri, ./Data secara bawaan): daerah dan kode Kemendagri-nya, surat penetapan, penandatanganan nota kesepakatan dan seremoninya, angkatan, tahapan dan quick win, setiap entri dengan sumbernya. Setiap perintah memiliki halamannya sendiri, smartcity-PERINTAH(1), dan bantuan yang sama dengan 'smartcity help PERINTAH'."
  )
  static let manualExitSuccess = Message(english: "Success.", indonesian: "Berhasil.")
  static let manualExitRefused = Message(
    english:
      "The store refused the operation: an unknown or ambiguous region, a duplicate MoU, an unknown cohort, input that breaks a rule of the registry.",
    indonesian:
      "Registri menolak operasi: daerah yang tidak dikenal atau ambigu, nota kesepakatan ganda, angkatan yang tidak dikenal, masukan yang melanggar aturan registri."
  )
  static let manualExitUsage = Message(
    english:
      "A command line wrong on its face: an unknown command or option, a missing value, a malformed or impossible date, an option that takes one value given twice, a bad SMARTCITY_LOCK_TIMEOUT.",
    indonesian:
      "Baris perintah yang jelas salah: perintah atau opsi yang tidak dikenal, nilai yang hilang, tanggal yang salah bentuk atau mustahil, opsi bernilai tunggal yang diberikan dua kali, SMARTCITY_LOCK_TIMEOUT yang salah."
  )
  static let manualExitBrokenStore = Message(
    english:
      "A broken store: the message names the file, and the line and column or the record and field; every command gives the same first message as validate.",
    indonesian:
      "Registri rusak: pesannya menyebut berkas, dan baris serta kolom atau entri dan isiannya; setiap perintah memberi pesan pertama yang sama dengan validate."
  )
  static let manualExitIO = Message(
    english: "A failed read or write: of the store, of standard output, of an --output file, or a write to a read-only store.",
    indonesian:
      "Pembacaan atau penulisan gagal: registri, keluaran standar, berkas --output, atau penulisan ke registri yang hanya-baca.")
  static let manualExitLocked = Message(
    english: "The store stayed locked by another process for longer than SMARTCITY_LOCK_TIMEOUT.",
    indonesian: "Registri tetap dikunci proses lain lebih lama dari SMARTCITY_LOCK_TIMEOUT.")
  static let manualEnvData = Message(
    english: "The store's folder when --data is not given; without either, ./Data.",
    indonesian: "Folder registri bila --data tidak diberikan; tanpa keduanya, ./Data.")
  static let manualEnvLang = Message(
    english: "The language of messages, help and tables (en or id) when --lang is not given; an unknown value is passed over.",
    indonesian: "Bahasa pesan, bantuan dan tabel (en atau id) bila --lang tidak diberikan; nilai yang tidak dikenal diabaikan.")
  static let manualEnvLockTimeout = Message(
    english: "How many seconds a write waits for another process's lock on the store (0 to 3600, default 10).",
    indonesian: "Berapa detik sebuah penulisan menunggu kunci proses lain pada registri (0 sampai 3600, bawaan 10).")
  static let manualEnvLocale = Message(
    english:
      "The locale, the first of them that is set, chooses Indonesian when it starts with id (after --lang and SMARTCITY_LANG).",
    indonesian:
      "Lokal, yang pertama diatur di antaranya, memilih bahasa Indonesia bila diawali id (setelah --lang dan SMARTCITY_LANG).")
  static let manualEnvNoColor = Message(
    english: "When set, output is never coloured (as --no-color).",
    indonesian: "Bila diatur, keluaran tidak pernah diwarnai (seperti --no-color).")
  static let manualEnvTerm = Message(
    english: "dumb turns colour off; colour is used only on a terminal.",
    indonesian: "dumb mematikan warna; warna hanya dipakai di terminal.")
  static let manualFileStore = Message(
    english: "The store: one JSON file per collection, registry.json, datapackage.json and the JSON Schemas in schema/.",
    indonesian: "Registri: satu berkas JSON per koleksi, registry.json, datapackage.json dan Skema JSON di schema/.")
  static let manualFileJournal = Message(
    english: "The undo journal: the previous versions of the files each write replaced; each clone's own.",
    indonesian: "Jurnal undo: versi sebelumnya dari berkas yang diganti setiap penulisan; milik masing-masing klon.")
  static let manualFileConflicts = Message(
    english: "Left by a merge whose conflicts nobody has resolved; every command refuses the store while it is there.",
    indonesian:
      "Ditinggalkan penggabungan yang konfliknya belum diselesaikan; setiap perintah menolak registri selama berkas itu ada.")
}
