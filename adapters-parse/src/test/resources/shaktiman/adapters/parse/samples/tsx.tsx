import React from 'react';
import { Button } from './button';

interface Props { title: string; count?: number }

export function Header({ title, count }: Props): JSX.Element {
  const label = `${title} (${count ?? 0})`;
  return (
    <div className="header">
      <h1>{label}</h1>
      <br />
      <Button onClick={() => alert(title)} disabled={false}>Click</Button>
      <>
        {[1, 2].map((n) => <span key={n}>{n}</span>)}
      </>
    </div>
  );
}

export class Panel extends React.Component<Props> {
  render() { return <section>{this.props.title}</section>; }
}
