import ProgrammeCore

/// `smartcity add-regency`: a region that the reference list lacks (a new kabupaten).
enum AddRegencyCommand: Command {
  static let spec = CommandSpec(
    name: "add-regency",
    abstract: .addRegencyAbstract,
    discussion: .addRegencyDiscussion,
    options: [
      OptionSpec("code", value: "code", help: .addRegencyCode, required: true),
      OptionSpec("name", value: "name", help: .addRegencyName, required: true),
      OptionSpec("official-name", value: "name", help: .addRegencyOfficialName),
      .source, .evidence, .dryRun,
    ])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    guard let code = try arguments.text("code"), let name = try arguments.text("name") else {
      throw .usage(.missingArgument("--code <code> --name <name>"))
    }
    guard Regency.isCode(code), let kind = Regency.kind(ofCode: code) else {
      throw .usage(
        .invalidValue(
          code.quotedInMessage, option: "--code <code>",
          reason: Phrase(.expectedRegencyCode, ["found": "\(code.quotedInMessage)"])))
    }
    let regency = Regency(
      code: code, name: name, officialName: try arguments.text("official-name"), kind: kind,
      province: String(code.prefix(2)), sources: try arguments.sources())
    try AddRecord.add(
      regency, describedAs: .verbatim("\(regency.code) \(regency.officialName)"), arguments, context)
  }
}

/// `smartcity add-letter`: a selection letter.
enum AddLetterCommand: Command {
  static let spec = CommandSpec(
    name: "add-letter",
    abstract: .addLetterAbstract,
    options: [
      OptionSpec("number", value: "number", help: .addLetterNumber, required: true),
      OptionSpec("date", value: "date", help: .addLetterDate, required: true),
      OptionSpec("cohort", value: "cohort", help: .addLetterCohort, required: true),
      OptionSpec("issuer", value: "issuer", help: .addLetterIssuer),
      OptionSpec("subject", value: "text", help: .addLetterSubject),
      OptionSpec("regencies", value: "regions", help: .addLetterRegencies),
      .source, .evidence, .note, .dryRun,
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
      let reference = try store.load()
      let resolver = RegencyResolver(regencies: reference.regencies, provinces: reference.provinces)
      var codes: [String] = []
      for name in names { codes.append(try resolver.resolve(name).code) }
      return codes
    }
    let letter = SelectionLetter(
      number: number, date: date, issuer: try arguments.text("issuer"), subject: try arguments.text("subject"),
      cohort: cohort, regencies: codes, sources: try arguments.sources(), note: try arguments.text("note"))
    try AddRecord.add(
      letter, describedAs: Phrase(.describeLetter, ["number": "\(number)", "count": .number(codes.count)]), arguments, context)
  }
}

/// `smartcity add-cohort`: a new intake of the programme.
enum AddCohortCommand: Command {
  static let spec = CommandSpec(
    name: "add-cohort",
    abstract: .addCohortAbstract,
    options: [
      OptionSpec("id", value: "id", help: .addCohortID, required: true),
      OptionSpec("title", value: "title", help: .addCohortTitle, required: true),
      OptionSpec("years", value: "years", help: .addCohortYears, required: true),
      OptionSpec("announced-size", value: "n", help: .addCohortSize, required: true),
      OptionSpec("track", value: "track", help: .addCohortTrack),
      .source, .evidence, .note, .dryRun,
    ])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    guard let id = try arguments.text("id"), let title = try arguments.text("title"),
      let yearsText = try arguments.text("years"), let sizeText = try arguments.text("announced-size")
    else { throw .usage(.missingArgument("--id <id> --title <title> --years <years> --announced-size <n>")) }
    var years: [Int] = []
    for part in yearsText.split(separator: ",").map({ String($0).trimmingWhitespace }) {
      guard part.count == 4, let year = Int(part), Cohort.possibleYears.contains(year) else {
        throw .usage(.invalidValue(yearsText.quotedInMessage, option: "--years <years>", reason: Phrase(.expectedYears)))
      }
      years.append(year)
    }
    guard let size = Int(sizeText), size >= 0 else {
      throw .usage(.invalidValue(sizeText.quotedInMessage, option: "--announced-size <n>", reason: Phrase(.expectedCount)))
    }
    let cohort = Cohort(
      id: id, title: title, track: try arguments.text("track"), years: years, announcedSize: size,
      sources: try arguments.sources(), note: try arguments.text("note"))
    try AddRecord.add(
      cohort, describedAs: Phrase(.describeCohort, ["id": "\(id)", "count": .number(size)]), arguments, context)
  }
}

/// What the `add-*` commands for records other than MoUs share.
enum AddRecord {
  static func add<T: StoreRecord>(
    _ record: T, describedAs description: Phrase, _ arguments: ParsedArguments, _ context: Context
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
    var line = context.text(
      dryRun ? .wouldAdd : .added,
      ["record": "\(description.text(in: context.language).escapingControlCharacters)", "file": "\(T.collection.fileName)"])
    if (record.jsonValue["sources"]?.arrayValue ?? []).isEmpty { line += context.text(.unsourcedSuffix) }
    if dryRun { line += context.text(.dryRunSuffix) }
    context.standardOutput.writeLine(line)
  }
}
