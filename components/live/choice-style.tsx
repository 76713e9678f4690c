/**
 * Each choice has a colour, a shape and its text, so no one depends on colour alone: "the red
 * triangle" on the projector is the triangle button on every phone. Colours keep 4.5:1 contrast with
 * their text.
 */
const STYLES = [
  { name: "Triangle", tile: "bg-rose-700 text-white", points: "12,3 22,21 2,21" },
  { name: "Diamond", tile: "bg-blue-700 text-white", points: "12,2 22,12 12,22 2,12" },
  { name: "Circle", tile: "bg-amber-300 text-slate-950", points: null },
  { name: "Square", tile: "bg-emerald-700 text-white", points: "3,3 21,3 21,21 3,21" },
  {
    name: "Star",
    tile: "bg-violet-700 text-white",
    points: "12,2 15,9 22,9 16.5,13.5 18.5,21 12,16.5 5.5,21 7.5,13.5 2,9 9,9",
  },
  { name: "Hexagon", tile: "bg-cyan-800 text-white", points: "7,3 17,3 22,12 17,21 7,21 2,12" },
] as const;

export function choiceStyle(position: number) {
  return STYLES[position % STYLES.length]!;
}

export function ChoiceShape({ position, className = "size-8" }: { position: number; className?: string }) {
  const style = choiceStyle(position);
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className={`shrink-0 fill-current ${className}`}>
      {style.points ? <polygon points={style.points} /> : <circle cx="12" cy="12" r="10" />}
    </svg>
  );
}
