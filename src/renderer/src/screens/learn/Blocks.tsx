import type { Block } from '../../../../shared/content'

export function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return <p>{block.text}</p>
    case 'list':
      return (
        <ul>
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )
    case 'table':
      return (
        <div className="article-table-wrap">
          <table className="article-table">
            <thead>
              <tr>
                <td />
                <th scope="col">{block.columns[0]}</th>
                <th scope="col">{block.columns[1]}</th>
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>{row.cells[0]}</td>
                  <td>{row.cells[1]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )
  }
}
