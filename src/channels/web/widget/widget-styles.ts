/** @module The widget's CSS, scoped by its shadow root; the accent comes from the `--atlas-accent` custom property. */

export const WIDGET_STYLES = `
:host{all:initial}
.root{all:initial;--accent:var(--atlas-accent,#0b4f8a);--text:#1b1f24;--muted:#4a5560;--bubble:#f3f4f6;--line:#c9cfd6;
display:block;text-align:start;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--text);color-scheme:light}
.root *{box-sizing:border-box}
[hidden]{display:none!important}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
button,textarea,input{font:inherit;color:inherit}
button{cursor:pointer}
:focus-visible{outline:3px solid var(--text);outline-offset:2px}
.icon{width:20px;height:20px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round;flex:none}
.launcher{position:fixed;bottom:20px;right:20px;z-index:2147483000;display:flex;align-items:center;gap:8px;min-height:56px;padding:0 20px;border:0;border-radius:28px;background:var(--accent);color:#fff;font-weight:600;box-shadow:0 6px 20px rgba(0,0,0,.25)}
.launcher .icon{width:24px;height:24px}
.header h2:focus{outline:none}
.left .launcher,.left .panel{right:auto;left:20px}
.panel{position:fixed;bottom:20px;right:20px;z-index:2147483001;display:flex;flex-direction:column;width:min(400px,calc(100vw - 40px));height:min(660px,calc(100vh - 40px));background:#fff;border-radius:14px;box-shadow:0 12px 40px rgba(0,0,0,.3);overflow:hidden}
.header{display:flex;align-items:center;gap:4px;padding:8px 8px 8px 16px;background:var(--accent);color:#fff}
.header h2{flex:1;margin:0;font-size:16px;font-weight:700}
.header :focus-visible{outline-color:#fff;outline-offset:-4px}
.icon-button{display:inline-flex;align-items:center;justify-content:center;width:40px;height:40px;border:0;border-radius:8px;background:transparent;color:inherit}
.icon-button:hover{background:rgba(255,255,255,.16)}
.log{flex:1;overflow-y:auto;padding:16px;display:flex;flex-direction:column;gap:14px;overscroll-behavior:contain}
.message{display:flex;flex-direction:column;gap:8px;max-width:100%}
.bubble{padding:10px 14px;border-radius:14px;overflow-wrap:anywhere}
.bubble p,.bubble ul,.bubble ol{margin:0 0 8px}
.bubble>:last-child{margin-bottom:0}
.bubble ul,.bubble ol{padding-left:20px}
.user{align-items:flex-end}
.user .bubble{background:var(--accent);color:#fff;border-bottom-right-radius:4px;max-width:85%;white-space:pre-wrap}
.assistant .bubble{background:var(--bubble);border-bottom-left-radius:4px}
.assistant a,.citations a,.card a,.handoff a{color:var(--accent);text-decoration:underline}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;background:#e4e7eb;padding:0 3px;border-radius:4px}
.typing{display:flex;align-items:center;gap:10px;color:var(--muted);font-style:italic}
.dots{display:inline-flex;gap:4px}
.dots span{width:7px;height:7px;border-radius:50%;background:var(--muted);animation:atlas-dot 1.2s infinite ease-in-out}
.dots span:nth-child(2){animation-delay:.15s}
.dots span:nth-child(3){animation-delay:.3s}
@keyframes atlas-dot{0%,80%,100%{opacity:.25;transform:translateY(0)}40%{opacity:1;transform:translateY(-3px)}}
.streaming>:last-child::after{content:"";display:inline-block;width:.5em;height:1em;margin-left:2px;vertical-align:text-bottom;background:var(--muted);animation:atlas-caret 1s steps(1) infinite}
@keyframes atlas-caret{50%{opacity:0}}
@media (prefers-reduced-motion:reduce){.dots span,.streaming>:last-child::after{animation:none;opacity:.6}}
.error{display:flex;flex-wrap:wrap;align-items:center;gap:8px;color:#a1261b;background:#fdecea;border-radius:10px;padding:8px 12px}
.error p{margin:0;flex:1 1 12em}
.retry,.secondary{border:1px solid currentColor;background:#fff;color:inherit;border-radius:8px;padding:6px 12px;font-weight:600}
.confirm{display:flex;flex-wrap:wrap;align-items:center;gap:8px;padding:10px 16px;background:#fff4e0;border-bottom:1px solid var(--line)}
.confirm p{margin:0;flex:1 1 100%}
.confirm .secondary{color:var(--text)}
.section-title,.card-title,.card-subtitle{margin:0 0 4px;font-weight:700;font-size:14px;line-height:1.4}
.citations{display:flex;flex-direction:column;gap:6px}
.citation{border:1px solid var(--line);border-radius:10px;padding:6px 10px;font-size:14px}
.citation summary{display:flex;gap:8px;align-items:baseline;cursor:pointer;list-style:none}
.citation summary::-webkit-details-marker{display:none}
.citation summary::after{content:"";flex:none;margin-left:auto;width:7px;height:7px;border:solid var(--accent);border-width:0 2px 2px 0;transform:rotate(45deg);align-self:center}
.citation[open] summary::after{transform:rotate(-135deg)}
.citation-number{flex:none;min-width:20px;height:20px;border-radius:10px;background:var(--accent);color:#fff;font-size:12px;font-weight:700;text-align:center;line-height:20px}
.citation blockquote{margin:8px 0 4px;padding-left:10px;border-left:3px solid var(--accent);color:var(--muted)}
.citation-source{margin:0;font-size:13px}
.card{border:1px solid var(--line);border-radius:12px;padding:10px 12px;font-size:14px}
.card-title{display:flex;flex-wrap:wrap;gap:8px;align-items:center;justify-content:space-between}
.badge{font-size:12px;font-weight:700;padding:2px 8px;border-radius:999px;background:#e8ecf1;color:var(--text)}
.badge-eligible,.badge-atlas{background:#e6f4ea;color:#1d6b34}
.badge-not_eligible,.badge-other_opco{background:#fdecea;color:#a1261b}
.badge-partially_eligible,.badge-needs_input,.badge-rates_unknown{background:#fff4e0;color:#7a4a00}
.card dl{display:grid;grid-template-columns:1fr auto;gap:2px 12px;margin:6px 0}
.card dt{color:var(--muted)}
.card dd{margin:0;font-weight:700;text-align:right}
.card ul,.card ol{margin:4px 0;padding-left:18px}
.card li{margin-bottom:4px}
.remedy,.card-source{display:block;color:var(--muted)}
.card-rules,.card-missing{margin:6px 0 0;color:var(--muted);font-size:13px}
.card-steps summary{cursor:pointer;margin-top:6px}
.follow-ups{display:flex;flex-wrap:wrap;gap:6px}
.chip{border:1px solid var(--accent);background:#fff;color:var(--accent);border-radius:999px;padding:6px 12px;font-size:14px;text-align:left}
.chip:hover{background:var(--bubble)}
.handoff{border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:10px;padding:10px 12px}
.handoff p{margin:0 0 6px}
.feedback{display:flex;flex-direction:column;gap:6px;font-size:13px;color:var(--muted)}
.votes{display:flex;align-items:center;gap:4px}
.vote{display:inline-flex;align-items:center;justify-content:center;width:36px;height:36px;border:1px solid var(--line);border-radius:8px;background:#fff;color:var(--muted)}
.vote[aria-pressed=true]{border-color:var(--accent);color:var(--accent)}
.vote:disabled{cursor:default}
.feedback-status{margin:0}
.feedback-status:empty{display:none}
.reason-form{display:flex;flex-direction:column;gap:6px;border:1px solid var(--line);border-radius:10px;padding:10px;color:var(--text)}
.reason-form fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 12px}
.reason-form legend{font-weight:700;margin-bottom:4px;padding:0}
.reason{display:inline-flex;align-items:center;gap:4px;min-height:28px}
.reason-form textarea{width:100%;border:1px solid #6b7580;border-radius:8px;padding:6px 8px;resize:vertical}
.primary{align-self:flex-start;border:0;border-radius:8px;padding:8px 14px;background:var(--accent);color:#fff;font-weight:600}
.welcome{display:flex;flex-direction:column;gap:8px}
.footer{border-top:1px solid var(--line);padding:8px 12px 10px;display:flex;flex-direction:column;gap:6px}
.tools{display:flex;justify-content:space-between;align-items:center}
.handoff-button{display:inline-flex;align-items:center;gap:6px;border:0;background:none;color:var(--accent);font-weight:600;font-size:14px;padding:6px 4px;border-radius:6px}
.composer{display:flex;gap:8px;align-items:flex-end}
.composer textarea{flex:1;min-height:44px;max-height:140px;border:1px solid #6b7580;border-radius:10px;padding:10px 12px;resize:none;background:#fff;font-size:16px;line-height:1.4;overflow-y:auto}
.reason-form textarea{font-size:16px}
.send{width:44px;height:44px;border:0;border-radius:10px;background:var(--accent);color:#fff;display:inline-flex;align-items:center;justify-content:center}
.stop{background:#1b1f24}
.disclaimer{margin:0;font-size:12px;color:var(--muted)}
@media (max-width:480px){
.panel{inset:0;width:100%;height:100%;border-radius:0}
.left .panel{left:0}
.launcher{bottom:calc(12px + env(safe-area-inset-bottom,0px));right:12px;width:48px;min-height:48px;padding:0;justify-content:center;border-radius:50%}
.left .launcher{left:12px}
.launcher-text{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
}
`;
