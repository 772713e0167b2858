import ProgrammeCore

/// Help text and usage lines in swift-argument-parser's layout: labels from column 2,
/// descriptions from column 26, wrapped at 80 columns.
enum HelpFormatter {
  static let descriptionColumn = 26
  static let width = 80

  /// The usage line of a command, without the "USAGE: " prefix.
  static func usage(_ spec: CommandSpec) -> String {
    var parts = ["smartcity", spec.name]
    for option in spec.options where option.isRequired { parts.append(option.synopsis) }
    for option in spec.options where !option.isRequired { parts.append("[\(option.synopsis)]") }
    for argument in spec.arguments {
      parts.append(argument.isRequired ? "<\(argument.name)>" : "[<\(argument.name)>]")
    }
    return parts.joined(separator: " ")
  }

  /// The full help of a command.
  static func help(_ spec: CommandSpec) -> String {
    var text = "OVERVIEW: \(spec.abstract)\n\n"
    if let discussion = spec.discussion {
      text += wrap(discussion, indent: 0) + "\n\n"
    }
    text += "USAGE: \(usage(spec))\n\n"
    if !spec.arguments.isEmpty {
      text += "ARGUMENTS:\n"
      for argument in spec.arguments {
        text += entry(label: "<\(argument.name)>", description: argument.help)
      }
      text += "\n"
    }
    text += "OPTIONS:\n"
    for option in spec.allOptions {
      text += entry(label: option.label, description: description(of: option))
    }
    return text
  }

  /// The root help, listing the commands.
  static func rootHelp(commands: [CommandSpec], abstract: String) -> String {
    var text = "OVERVIEW: \(abstract)\n\n"
    text += "USAGE: smartcity <subcommand>\n\n"
    text += "OPTIONS:\n"
    text += entry(label: "--data <dir>", description: "The store's folder. (default: $SMARTCITY_DATA, else ./Data)")
    text += entry(label: "--version", description: "Show the version.")
    text += entry(label: "-h, --help", description: "Show help information.")
    text += "\nSUBCOMMANDS:\n"
    for command in commands {
      text += entry(label: command.name, description: command.abstract)
    }
    text += "\n  See 'smartcity help <subcommand>' for detailed help.\n"
    return text
  }

  static func description(of option: OptionSpec) -> String {
    var text = option.help
    if let values = option.values {
      var hint = "values: " + values.joined(separator: ", ")
      if let defaultValue = option.defaultValue { hint += "; default: \(defaultValue)" }
      text += " (\(hint))"
    } else if let defaultValue = option.defaultValue {
      text += " (default: \(defaultValue))"
    }
    return text
  }

  static func entry(label: String, description: String) -> String {
    let lead = "  " + label
    let body = wrap(description, indent: descriptionColumn)
    if lead.count + 2 <= descriptionColumn {
      let padding = String(repeating: " ", count: descriptionColumn - lead.count)
      return lead + padding + body.dropFirst(descriptionColumn) + "\n"
    }
    return lead + "\n" + body + "\n"
  }

  /// Wraps text at `width` columns, every line indented by `indent` spaces.
  static func wrap(_ text: String, indent: Int) -> String {
    let margin = String(repeating: " ", count: indent)
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      for word in paragraph.split(separator: " ") {
        if !line.isEmpty && indent + line.count + 1 + word.count > width {
          lines.append(margin + line)
          line = String(word)
        } else {
          line += (line.isEmpty ? "" : " ") + word
        }
      }
      lines.append(line.isEmpty ? "" : margin + line)
    }
    return lines.joined(separator: "\n")
  }
}
