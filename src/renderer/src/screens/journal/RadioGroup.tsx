interface Option<T> {
  value: T
  label: string
}

/** A row of radio buttons shown as chips; arrow keys move between them as in any radio group. */
export function RadioGroup<T extends string | number>({
  legend,
  name,
  options,
  value,
  onChange,
  className,
}: {
  legend: string
  name: string
  options: Array<Option<T>>
  value: T
  onChange: (value: T) => void
  className?: string
}) {
  return (
    <fieldset className={`chips ${className ?? ''}`}>
      <legend>{legend}</legend>
      <div className="chips-row">
        {options.map((option) => (
          <label key={option.value} className="chip">
            <input
              type="radio"
              name={name}
              value={String(option.value)}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
