# bash completion for skema(1)
_skema()
{
    local cur prev words cword
    _init_completion || return

    local commands="check batch diff rates explain keys"
    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi
    case $prev in
        --format|-f)
            case ${words[1]} in
                diff) COMPREPLY=($(compgen -W "text md json" -- "$cur")) ;;
                batch) COMPREPLY=($(compgen -W "text md csv jsonl xlsx" -- "$cur")) ;;
                *) COMPREPLY=($(compgen -W "text md html json csv xlsx" -- "$cur")) ;;
            esac
            return ;;
        --lang) COMPREPLY=($(compgen -W "da en" -- "$cur")); return ;;
        --fail-on) COMPREPLY=($(compgen -W "error warning never" -- "$cur")); return ;;
        --from|--to) COMPREPLY=($(compgen -W "A B C" -- "$cur")); return ;;
        --type) COMPREPLY=($(compgen -W "familie aeldre ungdom" -- "$cur")); return ;;
        --rates) _filedir '@(yaml|yml)'; return ;;
        --output|-o) _filedir; return ;;
        --year|--zone|--max-bytes|--jobs|-j) return ;;
    esac
    case ${words[1]} in
        check)
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--format --lang --thousands --output --strict
                    --rates --no-default-rates --max-bytes --help" -- "$cur"))
            else
                _filedir '@(yaml|yml)'
            fi ;;
        batch)
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--jobs --format --lang --fail-on --follow --null
                    --output --rates --no-default-rates --max-bytes --help" -- "$cur"))
            else
                _filedir
            fi ;;
        diff)
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--from --to --format --lang --rates --no-default-rates
                    --max-bytes --help" -- "$cur"))
            else
                _filedir '@(yaml|yml)'
            fi ;;
        rates)
            COMPREPLY=($(compgen -W "--year --type --zone --rates --no-default-rates --max-bytes
                --help" -- "$cur")) ;;
        explain)
            COMPREPLY=($(compgen -W "$(skema explain 2>/dev/null | cut -d' ' -f1)" -- "$cur")) ;;
    esac
} &&
    complete -F _skema skema
