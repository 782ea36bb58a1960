/** Small words a place's name has in lower case (`Ciudad de México`, `Stratford-upon-Avon`). */
export const placeParticles: ReadonlySet<string> = new Set(
  'de del la las los el do da dos das of the on upon sur en le les di am an der'.split(' ')
)
