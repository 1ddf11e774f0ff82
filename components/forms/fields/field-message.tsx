export function FieldHint({ id, text }: { id: string; text?: string }) {
  return text ? <span id={id} className="hint">{text}</span> : null;
}

export function FieldError({ id, text, prefix }: { id: string; text?: string; prefix: string }) {
  return text ? (
    <span id={id} className="field-error">
      <span className="sr-only">{prefix} </span>
      {text}
    </span>
  ) : null;
}
