import ProgrammeCore

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
