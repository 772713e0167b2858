import ProgrammeCore

/// `smartcity add-regency`: a region that the reference list lacks (a new kabupaten).
enum AddRegencyCommand: Command {
  static let spec = CommandSpec(
    name: "add-regency",
    abstract: "Add a regency or city that the store's reference list lacks.",
    discussion: """
      For a region created after Kepmendagri 300.2.2-2138/2025. The province and the kind \
      (kabupaten 01-69, kota 71-99) follow from the code.
      """,
    options: [
      OptionSpec("code", value: "code", help: "The Kemendagri code, e.g. 91.30.", required: true),
      OptionSpec("name", value: "name", help: "The name without 'Kabupaten' or 'Kota'.", required: true),
      OptionSpec("official-name", value: "name", help: "The name as Kemendagri writes it. (default: Kabupaten/Kota <name>)"),
      .source, .dryRun,
    ])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    guard let code = try arguments.text("code"), let name = try arguments.text("name") else {
      throw .usage(.missingArgument("--code <code> --name <name>"))
    }
    guard Regency.isCode(code), let kind = Regency.kind(ofCode: code) else {
      throw .usage(.invalidValue(code.quotedInMessage, option: "--code <code>", reason: "expected a Kemendagri code such as 53.19"))
    }
    let regency = Regency(
      code: code, name: name, officialName: try arguments.text("official-name"), kind: kind,
      province: String(code.prefix(2)), sources: try arguments.sources())
    try AddRecord.add(regency, describedAs: "\(regency.code) \(regency.officialName)", arguments, context)
  }
}

/// `smartcity add-letter`: a selection letter.
enum AddLetterCommand: Command {
  static let spec = CommandSpec(
    name: "add-letter",
    abstract: "Add a selection letter that named regions for a cohort.",
    options: [
      OptionSpec("number", value: "number", help: "The letter's number, e.g. B-160/DJAI/AI.03.02/2024.", required: true),
      OptionSpec("date", value: "date", help: "The letter's date.", required: true),
      OptionSpec("cohort", value: "cohort", help: "The cohort it selected for.", required: true),
      OptionSpec("issuer", value: "issuer", help: "Who signed it."),
      OptionSpec("subject", value: "text", help: "Its subject (perihal)."),
      OptionSpec("regencies", value: "regions", help: "The regions it names: codes or names, separated by commas."),
      .source, .note, .dryRun,
    ])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    guard let number = try arguments.text("number"), let date = try arguments.date("date", today: context.today),
      let cohort = try arguments.text("cohort")
    else { throw .usage(.missingArgument("--number <number> --date <date> --cohort <cohort>")) }
    let names = (try arguments.text("regencies") ?? "").split(separator: ",").map { String($0).trimmingWhitespace }
      .filter { !$0.isEmpty }
    let store = try context.store(arguments)
    // Names are resolved against the store's regions before the letter is added.
    let codes = try attempt { () throws(ProgrammeError) in
      let reference = try store.load([.provinces, .regencies])
      let resolver = RegencyResolver(regencies: reference.regencies, provinces: reference.provinces)
      var codes: [String] = []
      for name in names { codes.append(try resolver.resolve(name).code) }
      return codes
    }
    let letter = SelectionLetter(
      number: number, date: date, issuer: try arguments.text("issuer"), subject: try arguments.text("subject"),
      cohort: cohort, regencies: codes, sources: try arguments.sources(), note: try arguments.text("note"))
    try AddRecord.add(letter, describedAs: "letter \(number) (\(codes.count) regions)", arguments, context)
  }
}

/// `smartcity add-cohort`: a new intake of the programme.
enum AddCohortCommand: Command {
  static let spec = CommandSpec(
    name: "add-cohort",
    abstract: "Add a cohort: a new intake of the programme.",
    options: [
      OptionSpec("id", value: "id", help: "The cohort's id, e.g. 2025.", required: true),
      OptionSpec("title", value: "title", help: "Its name, e.g. \"Gerakan Menuju Smart City 2025\".", required: true),
      OptionSpec("years", value: "years", help: "The years its members sign in, separated by commas.", required: true),
      OptionSpec("announced-size", value: "n", help: "The number of members announced.", required: true),
      OptionSpec("track", value: "track", help: "The priority track, e.g. KPPN/IKN."),
      .source, .note, .dryRun,
    ])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    guard let id = try arguments.text("id"), let title = try arguments.text("title"),
      let yearsText = try arguments.text("years"), let sizeText = try arguments.text("announced-size")
    else { throw .usage(.missingArgument("--id <id> --title <title> --years <years> --announced-size <n>")) }
    var years: [Int] = []
    for part in yearsText.split(separator: ",").map({ String($0).trimmingWhitespace }) {
      guard part.count == 4, let year = Int(part), (2017...2100).contains(year) else {
        throw .usage(.invalidValue(yearsText.quotedInMessage, option: "--years <years>", reason: "expected years such as 2024,2025"))
      }
      years.append(year)
    }
    guard let size = Int(sizeText), size >= 0 else {
      throw .usage(.invalidValue(sizeText.quotedInMessage, option: "--announced-size <n>", reason: "expected a whole number, 0 or more"))
    }
    let cohort = Cohort(
      id: id, title: title, track: try arguments.text("track"), years: years, announcedSize: size,
      sources: try arguments.sources(), note: try arguments.text("note"))
    try AddRecord.add(cohort, describedAs: "cohort \(id) (\(size) announced)", arguments, context)
  }
}

/// What the `add-*` commands for records other than MoUs share.
enum AddRecord {
  static func add<T: StoreRecord>(
    _ record: T, describedAs description: String, _ arguments: ParsedArguments, _ context: Context
  ) throws(CommandFailure) {
    let store = try context.store(arguments)
    let dryRun = arguments.flag("dry-run")
    do {
      try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
        try registry.add(record)
      }
    } catch {
      throw .programme(error)
    }
    var line = "\(dryRun ? "Would add" : "Added") \(description.escapingControlCharacters) to \(T.collection.fileName)"
    if (record.jsonValue["sources"]?.arrayValue ?? []).isEmpty { line += " (unsourced)" }
    if dryRun { line += "; dry run, nothing written" }
    context.standardOutput.writeLine(line)
  }
}
