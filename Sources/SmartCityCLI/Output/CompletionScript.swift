import ProgrammeCore

/// Shell completion scripts made from the commands' declarations: commands, options, the
/// values of closed options, and cohort ids (asked of the store when completing, through
/// `smartcity completions cohorts`).
struct CompletionScript {
  var commands: [CommandSpec]
  /// The language of the descriptions shown beside commands and options.
  var language: Language

  /// Options whose values are the store's cohorts.
  static let cohortOptions: Set<String> = ["cohort"]
  /// Options whose values are paths.
  static let pathOptions: Set<String> = ["data", "output"]

  func script(for shell: String) -> String? {
    switch shell {
    case "bash": bash
    case "zsh": zsh
    case "fish": fish
    default: nil
    }
  }

  var bash: String {
    var lines = [
      "# bash completion for smartcity: source it, or put it in ~/.local/share/bash-completion/completions/smartcity",
      "_smartcity() {",
      "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"",
      "  if [[ $COMP_CWORD -eq 1 ]]; then",
      "    COMPREPLY=($(compgen -W \"\(commands.map(\.name).joined(separator: " ")) help --help --version\" -- \"$cur\"))",
      "    return",
      "  fi",
      "  case \"$prev\" in",
      "    --cohort) COMPREPLY=($(compgen -W \"$(smartcity completions cohorts 2>/dev/null)\" -- \"$cur\")); return ;;",
      "    --data) COMPREPLY=($(compgen -d -- \"$cur\")); return ;;",
      "    --output) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;",
      "  esac",
      "  case \"${COMP_WORDS[1]}\" in",
    ]
    for command in commands {
      lines.append("    \(command.name))")
      let closed = command.allOptions.filter { $0.values != nil }
      if !closed.isEmpty {
        lines.append("      case \"$prev\" in")
        for option in closed {
          lines.append(
            "        --\(option.name)) COMPREPLY=($(compgen -W \"\(Self.shellWords(option.values ?? []))\" -- \"$cur\")); return ;;"
          )
        }
        lines.append("      esac")
      }
      let free = command.allOptions.filter {
        !$0.isFlag && $0.values == nil && !Self.cohortOptions.contains($0.name) && !Self.pathOptions.contains($0.name)
      }
      if !free.isEmpty {
        lines.append("      case \"$prev\" in \(free.map { "--\($0.name)" }.joined(separator: "|"))) return ;; esac")
      }
      let words = command.allOptions.map { "--\($0.name)" }.joined(separator: " ")
      if command.name == "completions" {
        lines.append("      COMPREPLY=($(compgen -W \"bash zsh fish cohorts \(words)\" -- \"$cur\")) ;;")
      } else if command.arguments.contains(where: { $0.name == "file" }) {
        lines.append("      COMPREPLY=($(compgen -f -W \"\(words)\" -- \"$cur\")) ;;")
      } else {
        lines.append("      COMPREPLY=($(compgen -W \"\(words)\" -- \"$cur\")) ;;")
      }
    }
    lines += ["  esac", "}", "complete -F _smartcity smartcity", ""]
    return lines.joined(separator: "\n")
  }

  var zsh: String {
    var lines = [
      "#compdef smartcity",
      "# zsh completion for smartcity: save as _smartcity in a folder on $fpath, then run compinit",
      "_smartcity() {",
      "  local -a commands",
      "  commands=(",
    ]
    for command in commands {
      lines.append("    '\(command.name):\(Self.zshText(command.abstract.text(in: language)))'")
    }
    lines += [
      "  )",
      "  if (( CURRENT == 2 )); then",
      "    _describe 'command' commands",
      "    return",
      "  fi",
      "  local command=${words[2]}",
      "  shift words",
      "  (( CURRENT-- ))",
      "  case $command in",
    ]
    for command in commands {
      var specs = command.allOptions.map { option -> String in
        let help = Self.zshText(option.help.text(in: language))
        if option.isFlag { return "'--\(option.name)[\(help)]'" }
        let action: String
        if let values = option.values {
          action = "(\(Self.shellWords(values)))"
        } else if Self.cohortOptions.contains(option.name) {
          action = "($(smartcity completions cohorts 2>/dev/null))"
        } else if option.name == "data" {
          action = "_files -/"
        } else if option.name == "output" {
          action = "_files"
        } else {
          action = " "
        }
        return "'--\(option.name)[\(help)]:\(option.valueName ?? "value"):\(action)'"
      }
      if command.name == "completions" {
        specs.append("'1:shell:(bash zsh fish cohorts)'")
      } else if command.arguments.contains(where: { $0.name == "file" }) {
        specs.append("'1:file:_files'")
      }
      lines.append("    \(command.name)) _arguments \(specs.joined(separator: " ")) ;;")
    }
    lines += ["  esac", "}", "_smartcity \"$@\"", ""]
    return lines.joined(separator: "\n")
  }

  var fish: String {
    var lines = [
      "# fish completion for smartcity: save as ~/.config/fish/completions/smartcity.fish",
      "complete -c smartcity -f",
    ]
    for command in commands {
      lines.append(
        "complete -c smartcity -n __fish_use_subcommand -a \(command.name) -d '\(Self.fishText(command.abstract.text(in: language)))'"
      )
    }
    for command in commands {
      let condition = "-n '__fish_seen_subcommand_from \(command.name)'"
      for option in command.allOptions {
        var line = "complete -c smartcity \(condition) -l \(option.name)"
        if let values = option.values {
          line += " -x -a '\(Self.shellWords(values))'"
        } else if Self.cohortOptions.contains(option.name) {
          line += " -x -a '(smartcity completions cohorts 2>/dev/null)'"
        } else if Self.pathOptions.contains(option.name) {
          line += " -r -F"
        } else if !option.isFlag {
          line += " -x"
        }
        lines.append(line + " -d '\(Self.fishText(option.help.text(in: language)))'")
      }
      if command.name == "completions" {
        lines.append("complete -c smartcity \(condition) -a 'bash zsh fish cohorts'")
      } else if command.arguments.contains(where: { $0.name == "file" }) {
        lines.append("complete -c smartcity \(condition) -F")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Values as shell words; the closed sets are plain words, but a `;` must be quoted.
  static func shellWords(_ values: [String]) -> String {
    values.map { $0 == ";" ? "\\;" : $0 }.joined(separator: " ")
  }

  /// Help text inside a single-quoted zsh `_arguments` spec: no quotes, brackets or colons.
  static func zshText(_ text: String) -> String {
    String(text.map { "'[]:\\$`".contains($0) ? " " : $0 })
  }

  static func fishText(_ text: String) -> String {
    String(text.map { $0 == "'" || $0 == "\\" ? " " : $0 })
  }
}
