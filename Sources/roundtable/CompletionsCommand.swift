import ArgumentParser

struct CompletionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "completions",
        abstract: "Print a script that completes roundtable's commands and options as you type.",
        discussion: """
            Examples:
              roundtable completions bash > ~/.local/share/bash-completion/completions/roundtable
              roundtable completions zsh > "${fpath[1]}/_roundtable"
              roundtable completions fish > ~/.config/fish/completions/roundtable.fish
            Open a new shell afterwards.
            """
    )

    @Argument(help: ArgumentHelp("bash, zsh or fish.", valueName: "shell"))
    var shell: String

    func validate() throws {
        guard CompletionShell(rawValue: shell) != nil else {
            throw ValidationError("'\(shell)' is not a shell roundtable completes: use bash, zsh or fish")
        }
    }

    func run() throws {
        print(Roundtable.completionScript(for: CompletionShell(rawValue: shell)!), terminator: "")
    }
}
