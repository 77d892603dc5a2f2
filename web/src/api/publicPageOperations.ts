import { parsePublicAreaPageData, parsePublicAreasData } from '../models/publicPage';
import { graphql } from './graphql';
import { defineOperation } from './graphqlClient';

export const publicAreasQuery = defineOperation(
  graphql(`
    query PublicAreas {
      publicAreas { id name level kernName }
    }
  `),
  parsePublicAreasData,
);

export const publicAreaPageQuery = defineOperation(
  graphql(`
    query PublicAreaPage($areaId: ID, $postcode: String) {
      publicAreaPage(areaId: $areaId, postcode: $postcode) {
        area { id name level kernName }
        brokers { workEmail workPhone areaNames }
        initiatives { title description status themes }
        organizations { name kind description website email phone themes }
      }
    }
  `),
  parsePublicAreaPageData,
);
